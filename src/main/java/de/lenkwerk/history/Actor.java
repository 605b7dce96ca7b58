package de.lenkwerk.history;

/** Who acts: their account (none for the system and personal links) and their name at that moment. */
record Actor(Long accountId, String name) {
}
