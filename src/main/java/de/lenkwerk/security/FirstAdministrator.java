package de.lenkwerk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A real installation starts without accounts. Its first administrator gets the password from
 * {@code LENKWERK_ADMIN_PASSWORD}, or a generated one. A generated password never goes to the log (logs are
 * collected and read by many): it is written to a file in the data folder that only the service's user may read,
 * and the log names that file. A generated password must be changed at the first sign-in, before anything else.
 */
@Component
@Profile("!demo")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String FILE_NAME = "erstes-administrator-passwort.txt";

    private final AccountService accounts;
    private final String username;
    private final String password;
    private final Path dataDir;

    FirstAdministrator(AccountService accounts,
                       @Value("${lenkwerk.admin.username:admin}") String username,
                       @Value("${lenkwerk.admin.password:}") String password,
                       @Value("${lenkwerk.data-dir:./data}") String dataDir) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.dataDir = Path.of(dataDir);
    }

    @Override
    public void run(ApplicationArguments args) {
        var generated = password == null || password.isBlank();
        var effective = generated ? AccountService.generatePassword() : password;
        if (!accounts.createFirstAdministrator(username, effective, generated)) {
            return;
        }
        if (generated) {
            var file = write(effective);
            log.warn("""

                    ==========================================================================
                    First administrator '{}' created with a generated password.
                    The password is in {} (readable by this service's user only).
                    Sign in with it; it must be changed at once. Then delete the file.
                    ==========================================================================""",
                    username, file.toAbsolutePath());
        } else {
            log.info("First administrator '{}' created with the password from LENKWERK_ADMIN_PASSWORD", username);
        }
    }

    private Path write(String secret) {
        try {
            Files.createDirectories(dataDir);
            var file = dataDir.resolve(FILE_NAME);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, "Benutzer: " + username + "\nPasswort: " + secret + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the first administrator's password to " + dataDir, e);
        }
    }
}
