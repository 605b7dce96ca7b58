package de.lenkwerk.security;

import de.lenkwerk.organisation.PeopleWithoutAccess;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** People without an enabled account, for the organisation module's pickers; callers checked sign-in. */
@Component
class AccountlessPeople implements PeopleWithoutAccess {

    private final UserAccountRepository accounts;

    AccountlessPeople(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<Long> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        var result = new HashSet<>(personIds);
        accounts.findPersonIdsWithEnabledAccount(personIds).forEach(result::remove);
        return result;
    }
}
