package de.lenkwerk.statusround;

/** A step the tracker applies to all links whose person has not answered yet. */
public enum LinkBatch {
    /** a reminder to everyone whose link still works */
    REMIND,
    /** a new link for everyone whose link has not ended or been revoked; the old ones die */
    RESEND,
    /** every link that still works stops working */
    REVOKE
}
