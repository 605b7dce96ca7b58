package de.lenkwerk.body.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.base.ui.ReportDownloadButton;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** A body's page: what it is, and tabs for its members, meetings and actions. */
@Route("gremien")
@PermitAll
public class BodyView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient BodyService bodies;
    private final transient PersonService people;
    private final transient OrganisationService organisations;
    private final transient List<BodyPageSection> sections;
    private final transient Clock clock;
    private BodyItem body;
    final TabSheet tabs = new TabSheet();

    BodyView(BodyService bodies, PersonService people, OrganisationService organisations,
             List<BodyPageSection> sections, Clock clock) {
        this.bodies = bodies;
        this.clock = clock;
        this.people = people;
        this.organisations = organisations;
        this.sections = sections.stream().sorted(Comparator.comparingInt(BodyPageSection::order)).toList();
        addClassName("lw-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (!RecordPages.load(event, () -> bodies.get(id), loaded -> body = loaded)) {
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var canManage = bodies.canManage(body.id());
        var edit = new Button(getTranslation("action.edit-short"), VaadinIcon.EDIT.create(),
                e -> new BodyDialog(bodies, body, saved -> {
                    body = saved;
                    render();
                }).open());
        edit.setVisible(canManage);
        var facts = new Div(new Span(getTranslation(EnumLabels.key(body.type()))));
        if (body.parentName() != null) {
            facts.add(new Span(getTranslation("body.parent") + ": " + body.parentName()));
        }
        if (body.archived()) {
            facts.add(new Span(getTranslation("body.archived")));
        }
        if (body.oparlPublic()) {
            facts.add(new Span(getTranslation("body.oparl-public")));
        }
        facts.addClassName("lw-facts");
        var report = new ReportDownloadButton(() -> java.util.Map.of("gremium", body.id().toString()), clock);
        // the import lives in the report feature; a plain link keeps the body feature independent of it
        var importLink = new com.vaadin.flow.component.html.Anchor("import?gremium=" + body.id(),
                getTranslation("import.link"));
        importLink.addClassName("lw-link-button");
        importLink.setVisible(canManage);
        var valueImportLink = new com.vaadin.flow.component.html.Anchor("import?gremium=" + body.id() + "&art=messwerte",
                getTranslation("import.values.link"));
        valueImportLink.addClassName("lw-link-button");
        valueImportLink.setVisible(canManage);
        add(new ViewHeader(body.name(), null, report, importLink, valueImportLink, edit), facts);
        if (body.description() != null) {
            add(new Paragraph(body.description()));
        }
        tabs.setWidthFull();
        // Contributed sections with a negative order (the body dashboard) come before the members.
        sections.stream().filter(s -> s.order() < 0)
                .forEach(section -> tabs.add(getTranslation(section.titleKey()), section.create(body.id(), canManage)));
        tabs.add(getTranslation("body.members"), new MembersSection(bodies, people, organisations, body.id(), canManage, clock));
        sections.stream().filter(s -> s.order() >= 0)
                .forEach(section -> tabs.add(getTranslation(section.titleKey()), section.create(body.id(), canManage)));
        var bodyId = body.id();
        var history = new de.lenkwerk.history.ui.HistoryGrid(de.lenkwerk.history.RecordType.BODY,
                p -> bodies.history(bodyId, p), () -> bodies.countHistory(bodyId));
        history.setId("body-history");
        tabs.add(getTranslation("history.title"), history);
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return (body == null ? getTranslation("nav.bodies") : body.shortName()) + " · " + getTranslation("app.name");
    }
}
