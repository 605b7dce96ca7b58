package de.lenkwerk.base;

/**
 * The record does not exist, or the user may not see it. Both read the same on purpose: guessing an id must not
 * reveal that a body or action exists.
 */
public class RecordNotFoundException extends UserFacingException {

    public RecordNotFoundException() {
        super("error.record-gone");
    }
}
