package de.lenkwerk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A real installation starts without accounts. Its first administrator gets the password from
 * {@code LENKWERK_ADMIN_PASSWORD}, or a generated one that is written to the log exactly once.
 */
@Component
@Profile("!demo")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdministrator(AccountService accounts,
                       @Value("${lenkwerk.admin.username:admin}") String username,
                       @Value("${lenkwerk.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        var generated = password == null || password.isBlank();
        var effective = generated ? AccountService.generatePassword() : password;
        if (!accounts.createFirstAdministrator(username, effective)) {
            return;
        }
        if (generated) {
            log.warn("""

                    ==========================================================================
                    First administrator created: user '{}', password '{}'.
                    This password is shown only now. Sign in and change it, or set
                    LENKWERK_ADMIN_PASSWORD before the first start.
                    ==========================================================================""",
                    username, effective);
        } else {
            log.info("First administrator '{}' created with the password from LENKWERK_ADMIN_PASSWORD", username);
        }
    }
}
