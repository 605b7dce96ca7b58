package de.lenkwerk.security;

import de.lenkwerk.OneSecurityContextPerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** A production start on an empty database: no demo accounts, one administrator from the environment. */
@ExtendWith(OneSecurityContextPerTest.class)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "lenkwerk.admin.username=chefin",
        "lenkwerk.admin.password=aus-der-umgebung-1"})
class FirstAdministratorTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AccountService accountService;

    @Test
    void anEmptyInstallationGetsExactlyOneAdministratorAndNoDemoAccounts() {
        assertThat(accounts.findAll()).extracting(UserAccount::getUsername).containsExactly("chefin");
        var authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("chefin", "aus-der-umgebung-1"));
        assertThat(authentication.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_ADMIN");
    }

    @Test
    void aSecondStartDoesNotCreateAnotherAdministrator() {
        assertThat(accountService.createFirstAdministrator("zweiter", "noch-ein-passwort", false)).isFalse();
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        var first = AccountService.generatePassword();
        assertThat(first).hasSize(16).matches("[A-Za-z0-9]+");
        assertThat(AccountService.generatePassword()).isNotEqualTo(first);
    }
}
