package de.lenkwerk.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(Usernames.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        var name = accounts.findPersonName(account.getPersonId()).orElse(account.getUsername());
        return new AccountPrincipal(account, name, account.isLocked(LocalDateTime.now(clock)));
    }
}
