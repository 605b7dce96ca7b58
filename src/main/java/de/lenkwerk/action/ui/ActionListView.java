package de.lenkwerk.action.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionFilterParams;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.base.ui.ReportDownloadButton;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.organisation.ui.PersonPicker;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * All actions the user may see, filtered and sorted. The filters live in the address (e.g.
 * {@code /massnahmen?gremium=3&ampel=RED}), so a filtered list can be bookmarked and sent around.
 */
@Route("massnahmen")
@PermitAll
@Menu(order = 20, title = "nav.actions", icon = "vaadin:tasks")
public class ActionListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ActionGrid grid = new ActionGrid(true);
    final ComboBox<BodyItem> body = new ComboBox<>(getTranslation("action.filter.body"));
    final OrganisationPicker organisation;
    final PersonPicker owner;
    final EnumSelect<ActionStatus> status = new EnumSelect<>(getTranslation("action.filter.status"), ActionStatus.class, true);
    final EnumSelect<Rag> rag = new EnumSelect<>(getTranslation("action.filter.rag"), Rag.class, true);
    final EnumSelect<ActionFilter.Scope> scope =
            new EnumSelect<>(getTranslation("action.filter.scope"), ActionFilter.Scope.class, false);
    final DatePicker from;
    final DatePicker to;
    final TextField text = new TextField(getTranslation("action.filter.text"));
    final Span count = new Span();
    private final transient ActionService actions;
    private final transient BodyService bodies;
    private final transient OrganisationService organisations;
    private final transient PersonService people;
    private boolean reading;

    ActionListView(ActionService actions, BodyService bodies, OrganisationService organisations, PersonService people,
                   Clock clock) {
        this.actions = actions;
        from = DatePickers.compact(getTranslation("action.filter.deadline-from"), clock);
        to = DatePickers.compact(getTranslation("action.filter.deadline-to"), clock);
        this.bodies = bodies;
        this.organisations = organisations;
        this.people = people;
        addClassName("lw-page");
        organisation = new OrganisationPicker(getTranslation("action.filter.organisation"), organisations);
        owner = new PersonPicker(getTranslation("action.filter.owner"), people);
        body.setItemsPageable((p, f) -> bodies.search(f, true, p), (p, f) -> bodies.count(f, true));
        body.setItemLabelGenerator(BodyItem::shortName);
        body.setClearButtonVisible(true);
        // short names such as "LA Probe MLT8" plus the clear and open buttons
        body.setWidth("15rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        scope.setValue(ActionFilter.Scope.ALL);
        List<HasValue<?, ?>> filters = List.of(scope, body, organisation, owner, status, rag, from, to, text);
        filters.forEach(f -> f.addValueChangeListener(e -> {
            if (!reading) {
                apply(true);
            }
        }));
        var reset = new Button(getTranslation("action.filter.reset"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            reading = true;
            filters.forEach(HasValue::clear);
            scope.setValue(ActionFilter.Scope.ALL);
            reading = false;
            apply(true);
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var filterBar = new Div(text, scope, body, organisation, owner, status, rag, from, to, reset);
        filterBar.addClassName("lw-filters");
        count.addClassName("lw-muted");
        grid.setSizeFull();
        var report = new ReportDownloadButton(() -> ActionFilterParams.toParams(filter()), clock);
        add(new ViewHeader(getTranslation("nav.actions"), getTranslation("action.list.description"), report), filterBar,
                count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var f = ActionFilterParams.fromParams(event.getLocation().getQueryParameters().getParameters());
        reading = true;
        try {
            body.setValue(f.bodyId() == null ? null : body(f.bodyId()).orElse(null));
            organisation.selectById(f.organisationId(), organisations);
            owner.setValue(f.ownerPersonId() == null ? null : people.get(f.ownerPersonId()).orElse(null));
            status.setValue(f.status());
            rag.setValue(f.rag());
            from.setValue(f.deadlineFrom());
            to.setValue(f.deadlineTo());
            text.setValue(f.text() == null ? "" : f.text());
            scope.setValue(f.scope());
        } finally {
            reading = false;
        }
        apply(false);
    }

    ActionFilter filter() {
        return new ActionFilter(body.getValue() == null ? null : body.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(), status.getValue(), rag.getValue(),
                from.getValue(), to.getValue(), text.getValue(), false, null, scope.getValue());
    }

    private void apply(boolean updateAddress) {
        var filter = filter();
        grid.show(actions, filter);
        count.setText(getTranslation("action.count", actions.count(filter)));
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location(filter)));
        }
    }

    /** The address of the list showing exactly the actions of this filter, e.g. for dashboard links. */
    public static com.vaadin.flow.router.Location location(ActionFilter filter) {
        return new com.vaadin.flow.router.Location("massnahmen", QueryParameters.simple(ActionFilterParams.toParams(filter)));
    }

    private Optional<BodyItem> body(long id) {
        try {
            return Optional.of(bodies.get(id));
        } catch (RuntimeException notVisible) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.actions") + " · " + getTranslation("app.name");
    }
}
