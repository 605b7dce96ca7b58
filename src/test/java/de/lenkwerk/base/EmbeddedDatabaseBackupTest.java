package de.lenkwerk.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly H2 backup, against a real H2 file: a zip that opens as the same database, its row counts, retention. */
class EmbeddedDatabaseBackupTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path temp;

    @Test
    void aBackupOfAnH2FileRestoresToTheSameRows() throws Exception {
        var source = fileDatabase(temp.resolve("data/lenkwerk"));
        var jdbc = new JdbcTemplate(source);
        jdbc.execute("create table organisation (id bigint primary key, name varchar(200))");
        jdbc.execute("create table action_item (id bigint primary key)");
        for (int i = 1; i <= 3; i++) {
            jdbc.update("insert into organisation values (?, ?)", i, "Organisation " + i);
        }
        jdbc.update("insert into action_item values (1)");

        var zip = backup(source, Instant.parse("2026-12-03T01:15:00Z"), 14).backUp().orElseThrow();

        assertThat(zip.getFileName().toString()).isEqualTo("lenkwerk-2026-12-03-021500.zip");
        assertThat(Files.readAllLines(EmbeddedDatabaseBackup.countsFile(zip)))
                .containsExactly("ACTION_ITEM 1", "ORGANISATION 3");
        var restored = temp.resolve("restored");
        unzip(zip, restored);
        var copy = new JdbcTemplate(fileDatabase(restored.resolve("lenkwerk")));
        assertThat(copy.queryForList("select name from organisation order by id", String.class))
                .containsExactly("Organisation 1", "Organisation 2", "Organisation 3");
        source.destroy();
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        var source = fileDatabase(temp.resolve("data/lenkwerk"));
        new JdbcTemplate(source).execute("create table t (id int)");
        var start = Instant.parse("2026-12-01T01:15:00Z");
        for (int day = 0; day < 4; day++) {
            backup(source, start.plusSeconds(86_400L * day), 2).backUp();
        }

        try (var files = Files.list(temp.resolve("backups"))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly(
                    "lenkwerk-2026-12-03-021500.counts", "lenkwerk-2026-12-03-021500.zip",
                    "lenkwerk-2026-12-04-021500.counts", "lenkwerk-2026-12-04-021500.zip");
        }
        source.destroy();
    }

    @Test
    void anInMemoryOrServerDatabaseIsNotBackedUpHere() {
        var memory = new SingleConnectionDataSource("jdbc:h2:mem:backup-test", "sa", "", true);

        assertThat(backup(memory, Instant.parse("2026-12-03T01:15:00Z"), 14).backUp()).isEmpty();
        assertThat(temp.resolve("backups")).doesNotExist();
        memory.destroy();
    }

    private EmbeddedDatabaseBackup backup(javax.sql.DataSource source, Instant now, int keep) {
        return new EmbeddedDatabaseBackup(source, Clock.fixed(now, BERLIN), temp.resolve("backups"), keep);
    }

    private static SingleConnectionDataSource fileDatabase(Path base) {
        return new SingleConnectionDataSource("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "", true);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var file = target.resolve(Path.of(entry.getName()).getFileName().toString());
                Files.copy(in, file);
            }
        }
    }
}
