package de.lenkwerk.api;

/** What a personal API token may do: only read, or also write where its user may write. */
public enum ApiTokenScope {
    READ, READ_WRITE;

    /** The authority every API request needs: reading. */
    static final String READ_AUTHORITY = "API_READ";
    /** The authority a write (any method other than GET, HEAD, OPTIONS) needs in addition. */
    static final String WRITE_AUTHORITY = "API_WRITE";

    boolean writes() {
        return this == READ_WRITE;
    }
}
