package de.lenkwerk.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import de.lenkwerk.LenkwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("verantwortlich")
    void theStartPageGreetsTheSignedInPersonInGerman() {
        navigate(DashboardView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Guten Tag, Markus Lehmann");
        assertThat($(H2.class).all()).extracting(H2::getText)
                .containsExactly("Vereinbarungen festhalten", "Fortschritt verfolgen", "Statusbericht erstellen");
    }
}
