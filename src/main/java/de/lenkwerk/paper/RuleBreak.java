package de.lenkwerk.paper;

/** Why a row of a matrix breaks the rule "exactly one V, at least one D". */
public enum RuleBreak {
    NO_TASK, NO_ACCOUNTABLE, SEVERAL_ACCOUNTABLE, NO_RESPONSIBLE
}
