package fr.centressociaux.portail.promeneurs;

import fr.centressociaux.portail.shared.UserFacingException;

/**
 * Someone with the same name already works in the same structure: perhaps the same person. The
 * form shows the warning and lets the user save anyway (namesakes exist).
 */
public class PossibleDuplicateException extends UserFacingException {

    private final String existingId;

    PossibleDuplicateException(Professional existing) {
        super("promeneurs.duplicate.same-name", existing.fullName(), existing.getEmployer().name());
        this.existingId = existing.getId();
    }

    public String existingId() {
        return existingId;
    }
}
