package de.lenkwerk.statusround;

public enum StatusRoundState {
    OPEN, CLOSED
}
