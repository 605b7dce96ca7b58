package de.lenkwerk.body;

/** A person's role in a body. Chair and secretariat manage it; everyone else reads. */
public enum MembershipRole {
    CHAIR, SECRETARIAT, MEMBER, GUEST, READER;

    public boolean manages() {
        return this == CHAIR || this == SECRETARIAT;
    }
}
