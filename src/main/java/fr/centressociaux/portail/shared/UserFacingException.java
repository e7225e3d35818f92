package fr.centressociaux.portail.shared;

import java.util.Arrays;

/**
 * A refusal the user must read: carries a translation key (and its parameters) instead of a
 * message, so views show it in French next to what the user did.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
