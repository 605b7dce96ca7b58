package de.lenkwerk.action;

/** What a committee can decide about an open action while reviewing it in a meeting. */
public enum DecisionKind {
    NOTED, NEW_DEADLINE, DONE, DROPPED, COMMENT;

    /** A new deadline, dropping and a comment need words; noting and "done" do not. */
    public boolean needsText() {
        return this == NEW_DEADLINE || this == DROPPED || this == COMMENT;
    }
}
