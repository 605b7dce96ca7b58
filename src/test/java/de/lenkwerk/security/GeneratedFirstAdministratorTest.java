package de.lenkwerk.security;

import de.lenkwerk.OneSecurityContextPerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** A production start without LENKWERK_ADMIN_PASSWORD: the generated password goes to a private file, not the log. */
@ExtendWith({OneSecurityContextPerTest.class, OutputCaptureExtension.class})
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:generated-admin;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "lenkwerk.data-dir=target/generated-admin-data",
        "lenkwerk.admin.username=erste",
        "lenkwerk.admin.password="})
class GeneratedFirstAdministratorTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AccountService accounts;

    @Test
    void theGeneratedPasswordIsInAPrivateFileNotInTheLogAndMustBeChangedFirst(CapturedOutput output) throws Exception {
        var file = Path.of("target/generated-admin-data", FirstAdministrator.FILE_NAME);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var password = Files.readAllLines(file).stream().filter(l -> l.startsWith("Passwort: ")).findFirst()
                .orElseThrow().substring("Passwort: ".length());
        assertThat(password).hasSize(16);

        var authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("erste", password));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        assertThat(accounts.mustChangePassword()).isTrue();
        accounts.changeOwnPassword(password, "eigenes-starkes-passwort");
        assertThat(accounts.mustChangePassword()).isFalse();
        // the capture starts before this class's own context starts, so it holds the start-up log
        assertThat(output.getAll()).contains("First administrator 'erste' created").doesNotContain(password);
    }
}
