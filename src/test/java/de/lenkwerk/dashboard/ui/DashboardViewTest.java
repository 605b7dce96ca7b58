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
        // the table goes to the browser as one piece of HTML, not as a component per cell
        var html = matrix.html();
        assertThat(html).contains(">JC DD<", ">LA Dresden<", ">SV Leipzig<", ">IQ Schulungen<")
                .contains("<th scope=\"row\"", "href=\"massnahmen?").doesNotContain("<script");
        assertThat(matrix.getChildren().filter(c -> c instanceof com.vaadin.flow.component.Html)).hasSize(1);
    }

    @Test
    void namesInTheMatrixAreEscaped() {
        assertThat(WhoDoesWhat.escape("<b>\"A&B\"</b> 'x'"))
                .isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#39;x&#39;");
    }
}
