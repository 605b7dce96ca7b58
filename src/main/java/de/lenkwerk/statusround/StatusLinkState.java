package de.lenkwerk.statusround;

/** Where a personal link stands, as the tracker shows it. */
public enum StatusLinkState {
    /** created, but the mail has not gone out (no mail server, or it refused) */
    NOT_SENT,
    SENT,
    OPENED,
    ANSWERED,
    REVOKED,
    ENDED
}
