package de.lenkwerk;

import de.lenkwerk.body.BodyService;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard of the {@link ServiceTest}s: their context has no demo data to lean on, and no service test signs in as
 * a demo account or sits in the demo context.
 */
@ServiceTest
class ServiceTestIsolationTest {

    /** The service tests that were rewritten to stand alone; a new service test belongs here too. */
    private static final String[] SERVICE_TESTS = {
            "de.lenkwerk.action.ActionServiceTest", "de.lenkwerk.action.DecisionServiceTest",
            "de.lenkwerk.meeting.BodyAndMeetingAccessTest", "de.lenkwerk.dashboard.DashboardServiceTest",
            "de.lenkwerk.report.StatusReportServiceTest", "de.lenkwerk.report.ActionImportServiceTest",
            "de.lenkwerk.report.HostileUploadTest", "de.lenkwerk.HostileFormInputTest",
            "de.lenkwerk.organisation.OrganisationServiceTest", "de.lenkwerk.security.AccountServiceTest",
            "de.lenkwerk.security.SignInHardeningTest",
            "de.lenkwerk.calendar.CalendarFeedServiceTest", "de.lenkwerk.statusround.StatusRoundServiceTest",
            "de.lenkwerk.statusround.StatusRoundReminderTest", "de.lenkwerk.action.TrafficLightAtFixedDatesTest",
            "de.lenkwerk.notification.RemindersAtFixedDatesTest", "de.lenkwerk.action.ActionChangePathTest",
            "de.lenkwerk.action.ActionNumberingConcurrencyTest", "de.lenkwerk.api.RestApiTest",
            "de.lenkwerk.api.ApiLeakTest", "de.lenkwerk.api.ApiTokenServiceTest",
            "de.lenkwerk.oparl.PublicBodyServiceTest", "de.lenkwerk.statusround.StatusLinkServiceTest",
            "de.lenkwerk.paper.PaperServiceTest", "de.lenkwerk.action.IndicatorDepthServiceTest",
            "de.lenkwerk.report.ValueImportServiceTest", "de.lenkwerk.statusround.StatusLinkBatchTest",
            "de.lenkwerk.report.OwnerWithoutAccessTest", "de.lenkwerk.report.PaperImportServiceTest",
            "de.lenkwerk.report.PaperMatrixExportTest", "de.lenkwerk.history.AuditTrailServiceTest",
            "de.lenkwerk.history.SecurityLogServiceTest", "de.lenkwerk.meeting.MeetingStateServiceTest"};

    @Autowired
    Environment environment;
    @Autowired
    BodyService bodies;
    @Autowired
    AccountService accounts;

    @Test
    void theServiceTestContextHasNoDemoProfileNoDemoAccountsAndNoDemoBodies() {
        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
        assertThat(environment.getProperty("spring.datasource.url")).as("a database or schema of its own")
                .satisfiesAnyOf(url -> assertThat(url).isEqualTo(ServiceTestDatabase.H2_URL),
                        url -> assertThat(url).contains("currentSchema=" + ServiceTestDatabase.SCHEMA));
        SystemActor.run(() -> {
            for (var demoAccount : new String[]{"admin", "geschaeftsstelle", "verantwortlich", "leser"}) {
                assertThat(accounts.search(demoAccount, Pageable.ofSize(50)))
                        .as(demoAccount).noneMatch(a -> a.username().equals(demoAccount));
            }
            assertThat(bodies.search("Lenkungsausschuss Integration", true, Pageable.ofSize(5)))
                    .isEmpty();
            assertThat(bodies.search("Schnittstellenvereinbarung Jobcenter Leipzig", true,
                    Pageable.ofSize(5))).isEmpty();
        });
    }

    @Test
    void everyServiceTestRunsInTheServiceContextAndSignsInAsItsOwnAccounts() throws Exception {
        var offenders = new ArrayList<String>();
        for (var name : SERVICE_TESTS) {
            var type = Class.forName(name);
            if (!type.isAnnotationPresent(ServiceTest.class) || type.isAnnotationPresent(LenkwerkTest.class)) {
                offenders.add(name + " is not a @ServiceTest");
            }
            if (type.isAnnotationPresent(WithUserDetails.class) || Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(WithUserDetails.class))) {
                offenders.add(name + " signs in with @WithUserDetails, i.e. as a demo account");
            }
        }
        assertThat(offenders).isEmpty();
    }
}
