package de.lenkwerk.report;

import de.lenkwerk.base.UserFacingException;

/**
 * The progress of one import running in the background, shared by the worker and the screen: how far it is (0 to 1)
 * and whether the user cancelled it. A cancelled import stops at its next row, and nothing of it is kept.
 */
public final class ImportProgress {

    public static final ImportProgress NONE = new ImportProgress();

    private volatile double done;
    private volatile boolean cancelled;

    public double done() {
        return done;
    }

    public void cancel() {
        if (this != NONE) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Records how far the work is and stops it (with a message, rolling back) if the user cancelled. */
    void advance(double fraction) {
        if (cancelled) {
            throw new UserFacingException("import.cancelled");
        }
        if (this != NONE) {
            done = Math.max(0, Math.min(1, fraction));
        }
    }
}
