package de.lenkwerk.action;

/**
 * Where the owner's confidence and the traffic-light rule disagree: that is where a committee should talk. Only the
 * rule's own colour counts; a colour set by hand is an opinion already and disagrees with nothing.
 */
public enum Disagreement {
    NONE,
    /** green by rule, but the owner has little confidence */
    GREEN_BUT_LOW_CONFIDENCE,
    /** red by rule, but the owner is highly confident */
    RED_BUT_HIGH_CONFIDENCE;

    public static Disagreement of(Rag ruleColour, Confidence confidence, boolean overridden) {
        if (overridden || confidence == null || ruleColour == null) {
            return NONE;
        }
        if (ruleColour == Rag.GREEN && confidence == Confidence.LOW) {
            return GREEN_BUT_LOW_CONFIDENCE;
        }
        if (ruleColour == Rag.RED && confidence == Confidence.HIGH) {
            return RED_BUT_HIGH_CONFIDENCE;
        }
        return NONE;
    }
}
