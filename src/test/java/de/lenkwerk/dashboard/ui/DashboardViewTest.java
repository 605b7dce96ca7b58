package de.lenkwerk.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import de.lenkwerk.LenkwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("verantwortlich")
    void theStartPageGreetsInGermanAndLinksEachFigureToItsList() {
        navigate(DashboardView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Guten Tag, Markus Lehmann");
        var overdue = $(Anchor.class).all().stream().filter(a -> "figure-overdue".equals(a.getId().orElse(null)))
                .findFirst().orElseThrow();
        assertThat(overdue.getHref()).isEqualTo("massnahmen?auswahl=OVERDUE");
        assertThat(overdue.getElement().getTextRecursively()).endsWith("überfällig");
    }

    @Test
    @WithUserDetails("leser")
    void theMatrixShowsWhoDoesWhatAcrossTheReadersBodies() {
        navigate(DashboardView.class);

        var matrix = $(WhoDoesWhat.class).single();
        var text = matrix.getElement().getTextRecursively();
        assertThat(text).contains("JC DD", "LA Dresden", "SV Leipzig", "IQ Schulungen");
    }
}
