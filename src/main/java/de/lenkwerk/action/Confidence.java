package de.lenkwerk.action;

/** How confident the owner is of reaching the goal (Zuversicht), given with a progress update; never part of the rule. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
