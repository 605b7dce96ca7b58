package de.lenkwerk.admin.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.api.ApiTokenScope;
import de.lenkwerk.api.ApiTokenService;
import de.lenkwerk.api.ApiTokenState;
import de.lenkwerk.api.NewApiToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
@WithUserDetails("admin")
class ApiTokenListViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    Clock clock;

    @Test
    void theAdministratorSeesEveryonesTokensWithTheirOwner() {
        var created = tokens.create(new NewApiToken("Vom Admin", ApiTokenScope.READ, LocalDate.now(clock).plusDays(5)));

        var view = navigate(ApiTokenListView.class);

        var rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(created.token().id());
            assertThat(t.ownerName()).isNotBlank();
        });
        tokens.revoke(created.token().id());
        assertThat(tokens.all(PageRequest.of(0, 200))).filteredOn(t -> t.id().equals(created.token().id()))
                .extracting(t -> t.state()).containsExactly(ApiTokenState.REVOKED);
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }
}
