package de.lenkwerk.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every save that was acknowledged survives {@code kill -9}: a second JVM runs the application on an H2 file with the
 * production settings and saves organisations one after the other; this test kills it hard in the middle of that,
 * without any shutdown hook, and then opens the same database file as the next start would, and looks for every
 * acknowledged name. (PostgreSQL's durability is PostgreSQL's; the embedded H2 is ours to configure.)
 */
class CrashDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path dataDir;

    private Duration savingTime = Duration.ZERO;

    @Test
    void everyAcknowledgedSaveIsThereAfterAHardKill() throws Exception {
        var log = dataDir.resolve("app.log");
        var process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                AcknowledgedSaves.class.getName(),
                "--lenkwerk.data-dir=" + dataDir, "--server.port=0", "--lenkwerk.admin.password=Dauertest-Passwort-1",
                "--spring.main.banner-mode=off", "--logging.level.root=warn")
                .redirectError(log.toFile())
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            var deadline = Instant.now().plus(Duration.ofMinutes(4));
            String line;
            var firstSave = Instant.now();
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)
                    && (line = out.readLine()) != null) {
                if (line.startsWith("READY")) {
                    firstSave = Instant.now();
                }
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
            savingTime = Duration.between(firstSave, Instant.now());
            // SIGKILL from outside, as an operator's kill -9: no shutdown hook, no H2 close. (Process.destroyForcibly
            // would also close our end of the pipe, and with it what the process printed before it died.)
            new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.waitFor();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            // what the killed process had printed but we had not read yet was acknowledged too
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
        } finally {
            process.destroyForcibly();
        }
        assertThat(acknowledged).as("saves acknowledged before the kill; the log says:%n%s", tail(log))
                .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        var stored = storedOrganisationNames();
        assertThat(stored).containsAll(acknowledged);
        System.out.printf("CrashDurabilityTest: %d saves acknowledged in %d ms before kill -9, all found after "
                + "the restart (%d rows in all)%n", acknowledged.size(), savingTime.toMillis(), stored.size());
    }

    /** The database file as the next start of the application opens it (H2 recovers from the hard stop). */
    private Set<String> storedOrganisationNames() throws Exception {
        var url = "jdbc:h2:file:" + dataDir.resolve("lenkwerk");
        Set<String> names = new HashSet<>();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery("select name from organisation")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
