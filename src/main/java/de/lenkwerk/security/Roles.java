package de.lenkwerk.security;

/** Global roles. Per-body roles (secretariat, chair, member) come from memberships, not from here. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";

    private Roles() {
    }
}
