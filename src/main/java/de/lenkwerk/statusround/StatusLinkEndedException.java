package de.lenkwerk.statusround;

/**
 * The personal link is unknown, expired, revoked or its round has closed. Deliberately one exception for all of
 * these: the page says the same neutral sentence, so a visitor learns nothing about which it was.
 */
public class StatusLinkEndedException extends RuntimeException {

    public StatusLinkEndedException() {
        super("personal link not valid", null, false, false);
    }
}
