package de.lenkwerk.action;

/** Whether more (e.g. participants) or less (e.g. waiting days) is better. */
public enum IndicatorDirection {
    UP, DOWN
}
