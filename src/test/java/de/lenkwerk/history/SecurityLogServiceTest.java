package de.lenkwerk.history;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SecurityEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's security log: filtered by type, account and time, exported as formula-safe CSV. */
@ServiceTest
class SecurityLogServiceTest {

    @Autowired
    SecurityLogService log;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestData fixture;

    private TestData.Account admin;
    private String prefix;
    private LocalDateTime start;

    @BeforeEach
    void setUp() {
        admin = fixture.administrator("Protokoll");
        prefix = "log" + fixture.unique().toLowerCase(Locale.ROOT);
        start = LocalDateTime.now(fixture.clock()).withNano(0);
    }

    private void publish(SecurityEvent event) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
    }

    private SecurityLogFilter filter(Set<SecurityEvent.Type> types, LocalDateTime from, LocalDateTime to) {
        return new SecurityLogFilter(types, prefix, from, to);
    }

    @Test
    void filtersByTypeAccountAndTime() {
        publish(SecurityEvent.of(SecurityEvent.Type.SIGN_IN, null, prefix + "-anna"));
        publish(new SecurityEvent(SecurityEvent.Type.SIGN_IN_FAILED, null, prefix + "-bert", null, null, "unknown user"));
        fixture.clock().set(start.plusHours(2));
        try {
            publish(new SecurityEvent(SecurityEvent.Type.LOCKED, null, prefix + "-anna", null, "2030-01-01T10:00",
                    "5 failed sign-ins"));
            publish(SecurityEvent.of(SecurityEvent.Type.TOKEN_USED, null, prefix.toUpperCase(Locale.ROOT) + "-bert"));
        } finally {
            fixture.clock().reset();
        }

        fixture.signIn(admin);
        assertThat(log.count(filter(Set.of(), null, null))).isEqualTo(4);
        assertThat(log.search(filter(Set.of(), null, null), PageRequest.of(0, 10)))
                .extracting(SecurityLogEntry::type).containsExactly(SecurityEvent.Type.TOKEN_USED,
                        SecurityEvent.Type.LOCKED, SecurityEvent.Type.SIGN_IN_FAILED, SecurityEvent.Type.SIGN_IN);
        assertThat(log.search(filter(Set.of(SecurityEvent.Type.SIGN_IN_FAILED, SecurityEvent.Type.LOCKED), null, null),
                PageRequest.of(0, 10))).extracting(SecurityLogEntry::username)
                .containsExactly(prefix + "-anna", prefix + "-bert");
        assertThat(log.search(new SecurityLogFilter(Set.of(), prefix + "-BERT", null, null), PageRequest.of(0, 10)))
                .as("case-insensitive part of the name").extracting(SecurityLogEntry::type)
                .containsExactly(SecurityEvent.Type.TOKEN_USED, SecurityEvent.Type.SIGN_IN_FAILED);
        assertThat(log.search(filter(Set.of(), start.plusHours(1), null), PageRequest.of(0, 10)))
                .extracting(SecurityLogEntry::type)
                .containsExactly(SecurityEvent.Type.TOKEN_USED, SecurityEvent.Type.LOCKED);
        assertThat(log.search(filter(Set.of(), null, start.plusHours(1)), PageRequest.of(0, 10)))
                .extracting(SecurityLogEntry::type)
                .containsExactly(SecurityEvent.Type.SIGN_IN_FAILED, SecurityEvent.Type.SIGN_IN);
        // a typed % or _ is a character, not a wildcard
        assertThat(log.count(new SecurityLogFilter(Set.of(), prefix + "%", null, null))).isZero();
    }

    @Test
    void theExportHasTheFilteredLinesAndKeepsTypedFormulasAsText() {
        var hostile = "=HYPERLINK(\"http://x\";\"" + prefix + "\")";
        publish(new SecurityEvent(SecurityEvent.Type.SIGN_IN_FAILED, null, hostile, null, null, "@SUM(1+1)"));
        publish(new SecurityEvent(SecurityEvent.Type.ROLE_CHANGED, 42L, prefix + "-carla", "USER", "ADMIN", null));

        fixture.signIn(admin);
        var csv = new String(log.exportCsv(filter(Set.of(), null, null), Locale.GERMAN), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        var rows = parse(csv.substring(1));
        assertThat(rows.getFirst()).containsExactly("Wann", "Ereignis", "Konto", "Konto-Nr.", "Ausgelöst von",
                "Ausgelöst von (Konto-Nr.)", "Vorher", "Nachher", "Einzelheiten");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly(rows.get(1).getFirst(), "Rolle geändert", prefix + "-carla", "42",
                "System", "", "USER", "ADMIN", "");
        // nobody is signed in while a sign-in fails: the typed name is the actor, and stays text there too
        assertThat(rows.get(2)).containsExactly(rows.get(2).getFirst(), "Anmeldung fehlgeschlagen", "'" + hostile, "",
                "'" + hostile, "", "", "", "'@SUM(1+1)");
        assertThat(rows.get(1).getFirst()).matches("\\d{2}\\.\\d{2}\\.\\d{4},? \\d{2}:\\d{2}");
        for (var row : rows) {
            for (var cell : row) {
                assertThat(cell).as("no cell starts like a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        fixture.signIn(fixture.account("Neugierig"));
        assertThatThrownBy(() -> log.count(SecurityLogFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.exportCsv(SecurityLogFilter.all(), Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A small RFC 4180 reader with semicolons: quoted cells, doubled quotes, CRLF between lines. */
    private static List<List<String>> parse(String csv) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            var c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
