package de.lenkwerk.report;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Confidence;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.dashboard.DashboardService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.base.Translations;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person without an account owns or deputises actions like anyone else, and is marked "ohne Zugang" wherever
 * owners appear: in the list, on the action, on the dashboard and in the Excel report; someone with an account is
 * not marked.
 */
@ServiceTest
class OwnerWithoutAccessTest {

    @Autowired
    TestData fixture;
    @Autowired
    ActionService actions;
    @Autowired
    DashboardService dashboards;
    @Autowired
    StatusReportService reports;
    @Autowired
    Translations translations;

    private TestData.Committee committee;
    private BodyItem body;
    private PersonItem schulz;
    private TestData.Account lehmann;

    @BeforeEach
    void setUp() {
        committee = fixture.committee("Zugang");
        body = committee.body();
        schulz = fixture.person("Petra Schulz");
        lehmann = fixture.account("Markus Lehmann");
        var today = fixture.today();
        // on track by the rule, but the owner has little confidence: the dashboard lists it with its owner
        var ofSchulz = fixture.action(body, new ActionData("Schnittstellenpapier erarbeiten", null, schulz.id(), null,
                lehmann.personId(), Set.of(), today.minusDays(20), today.plusDays(60), ActionStatus.IN_PROGRESS, 40,
                null, null, null, null));
        fixture.run(committee.secretariat(), () -> actions.report(ofSchulz.id(), ofSchulz.version(),
                new ProgressReport("Wackelt", ActionStatus.IN_PROGRESS, 40, Confidence.LOW)));
        fixture.action(body, new ActionData("Übersicht führen", null, lehmann.personId(), null, schulz.id(), Set.of(),
                today.minusDays(20), today.plusDays(60), ActionStatus.IN_PROGRESS, 40, null, null, null, null));
    }

    @Test
    void theListMarksOwnersWithoutAccountAndOnlyThem() {
        var rows = fixture.as(committee.secretariat(), () -> actions.list(ActionFilter.ofBody(body.id()),
                Pageable.ofSize(20)));
        assertThat(rows).extracting(ActionListItem::ownerName, ActionListItem::ownerWithoutAccess)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(schulz.fullName(), true),
                        org.assertj.core.groups.Tuple.tuple(lehmann.name(), false));
        var row = rows.stream().filter(ActionListItem::ownerWithoutAccess).findFirst().orElseThrow();
        assertThat(PersonNames.of(row.ownerName(), row.ownerWithoutAccess(), this::german))
                .isEqualTo(schulz.fullName() + " (ohne Zugang)");
        assertThat(PersonNames.of(row.ownerName(), "Agentur für Arbeit", true, this::english))
                .isEqualTo(schulz.fullName() + " (Agentur für Arbeit, no account)");
        assertThat(PersonNames.of(lehmann.name(), false, this::german)).isEqualTo(lehmann.name());
    }

    @Test
    void theActionMarksOwnerAndDeputyWithoutAccount() {
        var rows = fixture.as(committee.secretariat(), () -> actions.list(ActionFilter.ofBody(body.id()),
                Pageable.ofSize(20)));
        for (var row : rows) {
            var detail = fixture.as(committee.secretariat(), () -> actions.get(row.id()));
            var schulzOwns = detail.ownerPersonId() == schulz.id();
            assertThat(detail.ownerWithoutAccess()).isEqualTo(schulzOwns);
            assertThat(detail.deputyWithoutAccess()).isEqualTo(!schulzOwns);
        }
    }

    @Test
    void theDashboardNamesTheOwnerOfADisagreementMarkedWithoutAccount() {
        var overview = fixture.as(committee.secretariat(),
                () -> dashboards.overview(new DashboardFilter(body.id(), null, null, null)));
        assertThat(overview.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.ownerName()).isEqualTo(schulz.fullName());
            assertThat(d.ownerWithoutAccess()).isTrue();
        });
    }

    @Test
    void theExcelReportMarksTheOwnerWithoutAccountInTheReadersLanguage() throws Exception {
        fixture.signIn(committee.secretariat());
        for (var language : new Locale[]{Locale.GERMAN, Locale.ENGLISH}) {
            var out = new ByteArrayOutputStream();
            reports.write(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null, language), out);
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                var sheet = workbook.getSheetAt(1);
                var owners = new java.util.ArrayList<String>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    owners.add(sheet.getRow(r).getCell(4).getStringCellValue());
                }
                var marker = language == Locale.GERMAN ? " (ohne Zugang)" : " (no account)";
                assertThat(owners).as(language.toString())
                        .containsExactlyInAnyOrder(schulz.fullName() + marker, lehmann.name());
            }
        }
    }

    private String german(String key, Object... params) {
        return translations.text(Locale.GERMAN, key, params);
    }

    private String english(String key, Object... params) {
        return translations.text(Locale.ENGLISH, key, params);
    }
}
