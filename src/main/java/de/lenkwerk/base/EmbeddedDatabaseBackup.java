package de.lenkwerk.base;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The nightly backup of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent copy of the database
 * file into a zip while the application runs (a second process cannot open the file then). Beside each zip a file
 * {@code .counts} lists the rows per table, against which {@code scripts/restore-drill.sh} checks a restore. The
 * newest {@code lenkwerk.backup.keep} backups are kept. On PostgreSQL nothing is done here: there {@code pg_dump} is
 * the operator's tool (README, "Sicherung und Wiederherstellung").
 */
@Component
public class EmbeddedDatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    static final String PREFIX = "lenkwerk-";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path directory;
    private final int keep;

    EmbeddedDatabaseBackup(DataSource dataSource, Clock clock,
                           @Value("${lenkwerk.backup.dir:${lenkwerk.data-dir:./data}/backups}") Path directory,
                           @Value("${lenkwerk.backup.keep:14}") int keep) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.directory = directory;
        this.keep = Math.max(1, keep);
    }

    @Scheduled(cron = "${lenkwerk.backup.cron:0 15 2 * * *}", zone = "${lenkwerk.time-zone:Europe/Berlin}")
    @SchedulerLock(name = "h2-backup", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5S")
    public void nightly() {
        backUp().ifPresent(zip -> log.info("Database backup written: {}", zip.toAbsolutePath()));
    }

    /** Writes a backup now, if the database is an H2 file; returns the zip. */
    public Optional<Path> backUp() {
        if (!isEmbeddedFileDatabase()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(directory);
            var zip = directory.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + ".zip");
            jdbc.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            Files.writeString(countsFile(zip), render(rowCounts()), StandardCharsets.UTF_8);
            removeOldBackups();
            return Optional.of(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("The database backup could not be written to " + directory, e);
        }
    }

    /** Rows per table of the application's schema, by table name in upper case. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.queryForList("""
                        select table_name from information_schema.tables
                        where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name""",
                String.class).forEach(table -> counts.put(table.toUpperCase(),
                jdbc.queryForObject("select count(*) from \"" + table.replace("\"", "\"\"") + "\"", Long.class)));
        return counts;
    }

    static Path countsFile(Path zip) {
        return zip.resolveSibling(zip.getFileName().toString().replaceAll("\\.zip$", "") + ".counts");
    }

    private static String render(Map<String, Long> counts) {
        var text = new StringBuilder();
        counts.forEach((table, count) -> text.append(table).append(' ').append(count).append('\n'));
        return text.toString();
    }

    private void removeOldBackups() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            var backups = files.filter(file -> file.getFileName().toString().startsWith(PREFIX)
                            && file.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
            for (var old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
                Files.deleteIfExists(old);
                Files.deleteIfExists(countsFile(old));
            }
        }
    }

    private boolean isEmbeddedFileDatabase() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) -> {
            try {
                var meta = connection.getMetaData();
                return meta.getDatabaseProductName().contains("H2") && meta.getURL().startsWith("jdbc:h2:file:");
            } catch (SQLException e) {
                return false;
            }
        }));
    }
}
