package fr.centressociaux.portail.shared;

/**
 * A file refused for what it is (its first bytes are not of an allowed kind). A refusal of its own
 * so the security journal records it as a refused upload (issue 17 §13).
 */
public class RefusedFileException extends UserFacingException {

    public RefusedFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
