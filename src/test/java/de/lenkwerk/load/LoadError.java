package de.lenkwerk.load;

/** Something a user would see as a failure: an error page, appError, sessionExpired, resynchronize, a refused step. */
final class LoadError extends RuntimeException {

    LoadError(String message) {
        super(message, null, false, false);
    }
}
