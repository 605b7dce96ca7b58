package de.lenkwerk.organisation;

import java.util.Collection;
import java.util.Set;

/**
 * Which people cannot sign in. Accounts live in the security module, which depends on this one, so it provides
 * this answer; pickers and lists mark those people "ohne Zugang".
 */
public interface PeopleWithoutAccess {

    Set<Long> of(Collection<Long> personIds);
}
