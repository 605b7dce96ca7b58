package de.lenkwerk.api;

/** A new token with its secret: the only moment the secret exists outside the caller's hands. */
public record CreatedApiToken(ApiTokenItem token, String secret) {
}
