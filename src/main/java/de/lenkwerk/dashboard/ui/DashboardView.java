package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionFilterParams;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.ReportDownloadButton;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.dashboard.DashboardService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The start page: progress at a glance over everything the user may see. The filters (body, organisation,
 * deadline period) live in the address, e.g. {@code /?gremium=3&von=2026-01-01}.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
public class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<BodyItem> body = new ComboBox<>(getTranslation("action.filter.body"));
    final OrganisationPicker organisation;
    final DatePicker from;
    final DatePicker to;
    final Div content = new Div();
    private final transient DashboardService dashboards;
    private final transient ActionService actions;
    private final transient BodyService bodies;
    private final transient OrganisationService organisations;
    private boolean reading;

    DashboardView(DashboardService dashboards, ActionService actions, BodyService bodies,
                  OrganisationService organisations, CurrentUser currentUser, Clock clock) {
        this.dashboards = dashboards;
        from = DatePickers.compact(getTranslation("dashboard.filter.from"), clock);
        to = DatePickers.compact(getTranslation("dashboard.filter.to"), clock);
        this.actions = actions;
        this.bodies = bodies;
        this.organisations = organisations;
        addClassName("lw-page");
        organisation = new OrganisationPicker(getTranslation("action.filter.organisation"), organisations);
        body.setItemsPageable((p, f) -> bodies.search(f, true, p), (p, f) -> bodies.count(f, true));
        body.setItemLabelGenerator(BodyItem::shortName);
        body.setClearButtonVisible(true);
        List<HasValue<?, ?>> filters = List.of(body, organisation, from, to);
        filters.forEach(f -> f.addValueChangeListener(e -> {
            if (!reading) {
                show(true);
            }
        }));
        var reset = new Button(getTranslation("action.filter.reset"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            reading = true;
            filters.forEach(HasValue::clear);
            reading = false;
            show(true);
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var filterBar = new Div(body, organisation, from, to, reset);
        filterBar.addClassName("lw-filters");
        var name = currentUser.get().map(u -> u.displayName()).orElse("");
        var report = new ReportDownloadButton(() -> ActionFilterParams.toParams(filter().toActionFilter(ActionFilter.Scope.ALL)), clock);
        add(new ViewHeader(getTranslation("dashboard.greeting", name), getTranslation("dashboard.intro"), report), filterBar,
                content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        try {
            var bodyId = ActionFilterParams.id(params, "gremium");
            body.setValue(bodyId == null ? null : visibleBody(bodyId).orElse(null));
            organisation.selectById(ActionFilterParams.id(params, "organisation"), organisations);
            from.setValue(ActionFilterParams.date(params, "von"));
            to.setValue(ActionFilterParams.date(params, "bis"));
        } finally {
            reading = false;
        }
        show(false);
    }

    DashboardFilter filter() {
        return new DashboardFilter(body.getValue() == null ? null : body.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(), from.getValue(), to.getValue());
    }

    private void show(boolean updateAddress) {
        var filter = filter();
        content.removeAll();
        content.add(new Overview(dashboards.overview(filter), filter, actions, true));
        if (updateAddress) {
            var params = new LinkedHashMap<String, String>();
            if (filter.bodyId() != null) {
                params.put("gremium", filter.bodyId().toString());
            }
            if (filter.organisationId() != null) {
                params.put("organisation", filter.organisationId().toString());
            }
            if (filter.from() != null) {
                params.put("von", filter.from().toString());
            }
            if (filter.to() != null) {
                params.put("bis", filter.to().toString());
            }
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("", QueryParameters.simple(params))));
        }
    }

    private Optional<BodyItem> visibleBody(long id) {
        try {
            return Optional.of(bodies.get(id));
        } catch (RuntimeException notVisible) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
