package de.lenkwerk.base;

import java.util.Arrays;

/**
 * A refusal the user should read: a translation key plus arguments. Services throw it for broken rules;
 * views translate it into the user's language instead of showing a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
