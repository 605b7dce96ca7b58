package de.lenkwerk.api;

public enum ApiTokenState {
    ACTIVE, EXPIRED, REVOKED
}
