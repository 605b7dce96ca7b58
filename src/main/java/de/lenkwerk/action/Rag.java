package de.lenkwerk.action;

/** The traffic light (Ampel). Grey: no colour applies (not started, done or dropped). */
public enum Rag {
    GREY, GREEN, AMBER, RED
}
