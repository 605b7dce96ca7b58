package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.action.ui.TrafficLightBadge;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.organisation.ui.PersonPicker;
import de.lenkwerk.paper.PaperContent;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.List;

/**
 * An interface paper at one version ({@code ?fassung=N}, default the latest): parties, sections with their text and
 * matrices, the rule breaks of a draft, adoption, the actions that came from it with their traffic lights and who
 * has acknowledged it.
 */
@Route("papiere")
@PermitAll
@StyleSheet("context://styles/paper.css")
public class PaperView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PaperService papers;
    private final transient OrganisationService organisations;
    private final transient PersonService people;
    private final transient MeetingService meetings;
    private final transient Clock clock;
    private final Div status = new Div();
    private final FormErrors errors = new FormErrors();
    private PaperDetail paper;

    PaperView(PaperService papers, OrganisationService organisations, PersonService people, MeetingService meetings,
              Clock clock) {
        this.papers = papers;
        this.organisations = organisations;
        this.people = people;
        this.meetings = meetings;
        this.clock = clock;
        addClassNames("lw-page", "lw-paper");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var number = event.getLocation().getQueryParameters().getSingleParameter("fassung").map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        RecordPages.load(event, () -> papers.get(id, number), loaded -> {
            paper = loaded;
            render();
        });
    }

    void reload(Integer number) {
        paper = papers.get(paper.id(), number);
        render();
    }

    private void render() {
        removeAll();
        var back = new Anchor("gremien/" + paper.bodyId(), paper.bodyName());
        back.addClassName("lw-back-link");
        add(back, new ViewHeader(paper.title(), paper.purpose(), headerActions().toArray(Component[]::new)));
        status.setId("paper-status");
        renderStatus();
        add(status, errors, RoleLetters.legend(this));
        add(new PartiesCard(this, papers, organisations, people, paper));
        for (var section : paper.content().sections()) {
            add(section(section));
        }
        if (paper.editable()) {
            add(newSection());
        }
        add(new PaperActionsCard(this, papers, paper));
        if (paper.shown().adopted()) {
            add(new AcknowledgementCard(this, papers, paper));
        }
        try {
            add(new PaperHistoryCard(papers, paper.id(), papers.countHistory(paper.id())));
        } catch (de.lenkwerk.base.RecordNotFoundException acknowledgerOnly) {
            // the people named to acknowledge see the adopted versions, not the history of the drafts
        }
    }

    private List<Component> headerActions() {
        var actions = new java.util.ArrayList<Component>();
        if (paper.canAdopt() && paper.isDraft()) {
            var adopt = new Button(getTranslation("paper.adopt"), VaadinIcon.GAVEL.create(),
                    e -> new AdoptDialog(this, papers, meetings, paper, clock).open());
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            adopt.setId("paper-adopt");
            actions.add(adopt);
        }
        if (paper.versions().size() > 1) {
            var last = paper.versions().getLast().number();
            actions.add(link("papiere/vergleich/" + paper.id() + "?von=" + (last - 1) + "&bis=" + last,
                    "paper.compare", "paper-compare"));
        }
        actions.add(link("papiere/druck/" + paper.id() + "?fassung=" + paper.shown().number(), "paper.print",
                "paper-print"));
        var export = new Anchor("papiere/export/" + paper.id() + "?fassung=" + paper.shown().number() + "&sprache="
                + getLocale().getLanguage(), getTranslation("paper.export"));
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", true);
        export.addClassName("lw-link-button");
        export.setId("paper-export");
        actions.add(export);
        if (paper.editable()) {
            actions.add(link("import?papier=" + paper.id(), "paper.import.link", "paper-import"));
        }
        if (paper.canEdit()) {
            var edit = new Button(getTranslation("action.edit-short"), VaadinIcon.EDIT.create(),
                    e -> new PaperTitleDialog(this, papers, paper).open());
            edit.setId("paper-edit");
            edit.getElement().setAttribute("title", getTranslation("paper.edit-title"));
            actions.add(edit);
        }
        return actions;
    }

    private Anchor link(String href, String key, String id) {
        var anchor = new Anchor(href, getTranslation(key));
        anchor.addClassName("lw-link-button");
        anchor.setId(id);
        return anchor;
    }

    /** The version line: which version, draft or adopted, the other versions, and how many rows break the rule. */
    private void renderStatus() {
        status.removeAll();
        status.addClassName("lw-paper-status");
        var shown = paper.shown();
        var text = shown.adopted()
                ? getTranslation("paper.version.adopted", shown.number(), Formats.date(shown.adoptedOn(), getLocale()))
                + (shown.meetingTitle() == null ? "" : " · " + shown.meetingTitle())
                : getTranslation("paper.version.draft", shown.number());
        var label = new Span(text);
        label.addClassName(shown.adopted() ? "lw-paper-adopted" : "lw-paper-draft");
        label.setId("paper-version");
        status.add(label);
        var others = new Span(getTranslation("paper.versions"));
        for (var v : paper.versions()) {
            var a = new Anchor("papiere/" + paper.id() + "?fassung=" + v.number(), String.valueOf(v.number()));
            if (v.number() == shown.number()) {
                a.addClassName("lw-current");
            }
            others.add(new Span(" "), a);
        }
        status.add(others);
        if (paper.templateTitle() != null) {
            status.add(new Span(getTranslation("paper.template-of", paper.templateTitle())));
        }
        var broken = paper.content().brokenRows().size();
        if (shown.adopted() && paper.editable()) {
            status.add(new Span(getTranslation("paper.version.edit-starts-draft", shown.number() + 1)));
        } else if (broken > 0) {
            var warning = new Span(getTranslation("paper.rule.broken-rows", broken));
            warning.addClassName("lw-paper-broken");
            warning.setId("paper-broken");
            status.add(warning);
        }
    }

    /** After an edit in a matrix: the version line changes, the matrix keeps its focus. */
    void changed(PaperDetail updated) {
        var startedDraft = updated.shown().number() != paper.shown().number();
        paper = updated;
        if (startedDraft) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "papiere/" + paper.id() + "?fassung=" + paper.shown().number()));
        }
        renderStatus();
    }

    private Div section(PaperContent.Section section) {
        var card = new Div();
        card.addClassNames("lw-card", "lw-paper-section", "lw-paper-section-level-" + section.level());
        card.setId("abschnitt-" + section.key());
        var heading = section.level() == 1 ? new H2(section.heading()) : new H3(section.heading());
        var top = new Div(heading);
        top.addClassName("lw-paper-section-head");
        if (paper.editable()) {
            var edit = new Button(getTranslation("action.edit-short"), VaadinIcon.EDIT.create(),
                    e -> new SectionDialog(this, papers, paper, section).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            top.add(edit);
        }
        if (paper.canAdopt()) {
            var toAction = new Button(getTranslation("paper.to-action"), VaadinIcon.TASKS.create(),
                    e -> new PaperActionDialog(papers, people, paper, section, null, clock).open());
            toAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            top.add(toAction);
        }
        card.add(top);
        if (section.text() != null) {
            card.add(PaperMarkdown.component(section.text()));
        }
        if (section.matrix()) {
            MatrixEditor.RowActions rowActions = paper.canAdopt() ? row -> {
                var button = new Button(getTranslation("paper.to-action"), e ->
                        new PaperActionDialog(papers, people, paper, section, row, clock).open());
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                button.addClassName("lw-row-to-action");
                return List.of(button);
            } : null;
            card.add(new MatrixEditor(papers, paper, section, paper.editable(), this::changed, rowActions));
        }
        return card;
    }

    private Div newSection() {
        var title = new TextField(getTranslation("paper.section.new"));
        title.setId("paper-new-section");
        title.setMaxLength(300);
        title.setWidth("24em");
        var matrix = new Checkbox(getTranslation("paper.section.matrix"), true);
        matrix.setId("paper-new-section-matrix");
        var parent = new com.vaadin.flow.component.select.Select<PaperContent.Section>();
        parent.setLabel(getTranslation("paper.section.parent"));
        parent.setItems(paper.content().sections().stream().filter(s -> s.level() == 1).toList());
        parent.setItemLabelGenerator(s -> s == null ? "" : s.heading());
        parent.setEmptySelectionAllowed(true);
        parent.setEmptySelectionCaption(getTranslation("paper.section.top-level"));
        var add = new Button(getTranslation("paper.section.add"), VaadinIcon.PLUS.create(), e -> {
            if (errors.attempt(() -> paper = papers.addSection(paper.id(), paper.version(),
                    parent.getValue() == null ? null : parent.getValue().key(), title.getValue(), matrix.getValue()))) {
                reload(null);
            }
        });
        add.setId("paper-add-section");
        title.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> add.click());
        var row = new Div(title, parent, matrix, add);
        row.addClassName("lw-toolbar");
        var card = new Div(new H2(getTranslation("paper.section.new")), row);
        card.addClassName("lw-card");
        return card;
    }

    FormErrors errors() {
        return errors;
    }

    PaperDetail paper() {
        return paper;
    }

    static Span rag(de.lenkwerk.action.Rag colour) {
        return new TrafficLightBadge(colour, List.of());
    }

    @Override
    public String getPageTitle() {
        return (paper == null ? getTranslation("paper.papers") : paper.title()) + " · " + getTranslation("app.name");
    }

    static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("lw-muted");
        return p;
    }
}
