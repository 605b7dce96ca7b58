package de.lenkwerk.report;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.IndicatorAggregation;
import de.lenkwerk.action.IndicatorBreakdown;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.report.ImportPreview.Kind;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Values, and values per category, imported from a sheet shaped like the report's Messwerte, with the preview. */
@ServiceTest
class ValueImportServiceTest {

    private static final List<String> CITIES = List.of("Dresden", "Leipzig", "Chemnitz", "Zwickau");

    @Autowired
    ValueImportService imports;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestData fixture;

    private TestData.Committee committee;
    private ActionDetail ibas;
    private IndicatorItem days;
    private IndicatorItem people;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = fixture.today();
        committee = fixture.committee("Werteimport", MembershipRole.SECRETARIAT, MembershipRole.READER);
        var owner = fixture.person("Anja Vogel").id();
        ibas = fixture.action(committee.body(), fixture.actionData("Beratungstage der IBAS", owner, 120));
        days = fixture.as(committee.secretariat(), () -> indicators.add(ibas.id(), new IndicatorData("Beratungstage",
                "Tage", BigDecimal.ZERO, today.minusDays(40), BigDecimal.valueOf(24), today.plusDays(120),
                IndicatorDirection.UP, IndicatorAggregation.PERIOD_SUM, IndicatorBreakdown.LIST, CITIES, List.of())));
        people = fixture.as(committee.secretariat(), () -> indicators.add(ibas.id(), new IndicatorData("Beratene",
                "Personen", BigDecimal.ZERO, today.minusDays(40), BigDecimal.valueOf(100), today.plusDays(120),
                IndicatorDirection.UP)));
    }

    /** Rows of Nr., Indikator, Datum, Wert, Einheit, Kommentar, Gemeldet von, Kategorie. */
    private byte[] sheet(Object[]... rows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Messwerte");
            var headers = List.of("Nr.", "Indikator", "Datum", "Wert", "Einheit", "Kommentar", "Gemeldet von", "Kategorie");
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Object[] row(String indicator, LocalDate day, Number value, String category) {
        return new Object[]{ibas.number(), indicator, day.toString(), value, null, "Import", null, category};
    }

    @Test
    void valuesPerCategoryBecomeOneMeasurementAndAPlainValueAnotherWithTheSamePreview() throws Exception {
        var day = today.minusDays(3);
        var file = sheet(row("Beratungstage", day, 3, "Gesamt"), row("Beratungstage", day, 1, "Dresden"),
                row("Beratungstage", day, 2, "Leipzig"), row("Beratene", day, 17, null),
                row("Wartezeit", day, 5, null));
        fixture.signIn(committee.secretariat());

        var preview = imports.preview(committee.id(), "werte.xlsx", file);
        assertThat(preview.count(Kind.NEW)).isEqualTo(2);
        assertThat(preview.count(Kind.ERROR)).isEqualTo(1);
        assertThat(preview.canApply()).isFalse();
        var shown = preview.asPreview();
        assertThat(shown.rows()).extracting(ImportPreview.Row::title).containsExactly("Beratungstage", "Beratene", "Wartezeit");
        assertThat(shown.rows().getFirst().changes().getFirst().newValue()).endsWith("Dresden: 1; Leipzig: 2");
        assertThat(shown.rows().getLast().errors()).extracting(ImportPreview.Message::key)
                .containsExactly("import.values.row.indicator-unknown");
        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOf(UserFacingException.class);

        var corrected = imports.preview(committee.id(), "werte.xlsx", sheet(row("Beratungstage", day, 1, "Dresden"),
                row("Beratungstage", day, 2, "Leipzig"), row("Beratene", day, 17, null)));
        assertThat(imports.apply(corrected)).isEqualTo(2);

        var measured = indicators.allMeasurements(days.id());
        assertThat(measured).hasSize(1);
        assertThat(measured.getFirst().value()).isEqualByComparingTo("3");
        assertThat(measured.getFirst().byCategory()).containsOnlyKeys("Dresden", "Leipzig");
        assertThat(indicators.allMeasurements(people.id())).extracting(m -> m.value().intValue()).containsExactly(17);
        // the same file again changes nothing
        var again = imports.preview(committee.id(), "werte.xlsx", sheet(row("Beratungstage", day, 1, "Dresden"),
                row("Beratungstage", day, 2, "Leipzig"), row("Beratene", day, 17, null)));
        assertThat(again.count(Kind.UNCHANGED)).isEqualTo(2);
        assertThat(again.canApply()).isFalse();
    }

    @Test
    void aFutureDayAnUnknownCategoryAndAWordInsteadOfANumberAreErrorsWithReasons() throws Exception {
        fixture.signIn(committee.secretariat());
        var preview = imports.preview(committee.id(), "werte.xlsx", sheet(
                row("Beratungstage", today.plusDays(2), 1, "Dresden"),
                row("Beratungstage", today.minusDays(1), 1, "Bautzen"),
                new Object[]{ibas.number(), "Beratene", today.minusDays(1).toString(), "viele", null, null, null, null}));
        assertThat(preview.rows()).allMatch(r -> r.kind() == Kind.ERROR);
        assertThat(preview.rows()).flatExtracting(ValueImportService.ValueRow::errors).extracting(ImportPreview.Message::key)
                .containsExactly("measurement.error.future", "measurement.error.category", "import.values.row.value-invalid");
    }

    @Test
    void onlyTheSecretariatMayImportValues() throws Exception {
        var file = sheet(row("Beratene", today, 5, null));
        fixture.signIn(committee.reader());
        assertThatThrownBy(() -> imports.preview(committee.id(), "werte.xlsx", file))
                .isInstanceOf(AccessDeniedException.class);
    }
}
