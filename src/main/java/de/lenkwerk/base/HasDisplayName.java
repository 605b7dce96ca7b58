package de.lenkwerk.base;

/** Implemented by the signed-in principal, so the frame can greet a person without knowing the security module. */
public interface HasDisplayName {

    String displayName();
}
