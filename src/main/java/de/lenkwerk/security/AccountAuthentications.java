package de.lenkwerk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;

/**
 * The signed-in user for a credential that stands for an account without its password (a personal API token): the
 * same principal a password sign-in puts into the session, so that every service's access check sees the same user
 * with the same rights. A disabled account gets nothing, so its tokens stop working with it.
 */
@Component
public class AccountAuthentications {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountAuthentications(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * @param extra authorities on top of the account's roles that say what the credential may do (e.g. read only);
     *              they never add a role
     */
    @Transactional(readOnly = true)
    public Optional<Authentication> of(long accountId, Collection<? extends GrantedAuthority> extra) {
        return accounts.findById(accountId).filter(UserAccount::isEnabled).map(account -> {
            var name = accounts.findPersonName(account.getPersonId()).orElse(account.getUsername());
            var principal = new AccountPrincipal(account, name, account.isLocked(LocalDateTime.now(clock)));
            var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
            extra.stream().filter(a -> !a.getAuthority().startsWith("ROLE_")).forEach(authorities::add);
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        });
    }
}
