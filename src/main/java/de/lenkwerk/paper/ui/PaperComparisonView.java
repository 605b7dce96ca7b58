package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.paper.PaperComparison;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperItems.Version;
import de.lenkwerk.paper.PaperService;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Two versions of a paper side by side ({@code ?von=1&bis=2}): per row which party gained or lost which role, the
 * rows added, removed or renamed, and the sections whose text changed.
 */
@Route("papiere/vergleich")
@PermitAll
@StyleSheet("context://styles/paper.css")
public class PaperComparisonView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PaperService papers;
    private PaperDetail paper;
    private final Div header = new Div();
    private final Div result = new Div();
    private Select<Version> fromSelect;
    private Select<Version> toSelect;
    private long shownPaperId = -1;

    PaperComparisonView(PaperService papers) {
        this.papers = papers;
        addClassNames("lw-page", "lw-paper");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var params = event.getLocation().getQueryParameters();
        if (!RecordPages.load(event, () -> papers.get(id, null), loaded -> paper = loaded)) {
            return;
        }
        var last = paper.versions().getLast().number();
        int to = number(params.getSingleParameter("bis").orElse(null), last);
        int from = number(params.getSingleParameter("von").orElse(null), Math.max(1, to - 1));
        render(from, to);
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * The selects are built once per paper: choosing a version only replaces the result below them and the address
     * (replaceState), so the other select keeps its value and the focus stays where the user is.
     */
    private void render(int from, int to) {
        if (fromSelect == null || shownPaperId != paper.id()) {
            removeAll();
            shownPaperId = paper.id();
            var back = new Anchor("papiere/" + paper.id(), paper.title());
            back.addClassName("lw-back-link");
            fromSelect = versionSelect("paper.compare.from");
            toSelect = versionSelect("paper.compare.to");
            fromSelect.setId("paper-compare-from");
            toSelect.setId("paper-compare-to");
            fromSelect.addValueChangeListener(e -> chosen(e.isFromClient()));
            toSelect.addValueChangeListener(e -> chosen(e.isFromClient()));
            var bar = new Div(fromSelect, toSelect);
            bar.addClassName("lw-toolbar");
            add(back, header, bar, result);
        }
        select(fromSelect, from);
        select(toSelect, to);
        showResult(from, to);
    }

    private void chosen(boolean fromClient) {
        var from = fromSelect.getValue();
        var to = toSelect.getValue();
        if (!fromClient || from == null || to == null) {
            return;
        }
        showResult(from.number(), to.number());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "papiere/vergleich/" + paper.id() + "?von=" + from.number() + "&bis=" + to.number()));
    }

    private void showResult(int from, int to) {
        header.removeAll();
        header.add(new ViewHeader(getTranslation("paper.compare.title", from, to), paper.title()));
        result.removeAll();
        PaperComparison comparison;
        try {
            comparison = papers.compare(paper.id(), from, to);
        } catch (de.lenkwerk.base.RecordNotFoundException e) {
            result.add(PaperView.muted(getTranslation("paper.compare.unknown")));
            return;
        }
        if (comparison.isEmpty()) {
            result.add(PaperView.muted(getTranslation("paper.compare.none")));
            return;
        }
        result.add(roles(comparison), rows(comparison), sections(comparison));
    }

    private void select(Select<Version> select, int number) {
        paper.versions().stream().filter(v -> v.number() == number).findFirst()
                .ifPresentOrElse(select::setValue, select::clear);
    }

    private Select<Version> versionSelect(String key) {
        var select = new Select<Version>();
        select.setLabel(getTranslation(key));
        select.setItems(paper.versions());
        select.setItemLabelGenerator(v -> v == null ? "" : v.adopted()
                ? getTranslation("paper.version.short-adopted", v.number())
                : getTranslation("paper.version.short-draft", v.number()));
        return select;
    }

    private Div roles(PaperComparison comparison) {
        var card = card("paper-compare-roles", "paper.compare.roles");
        // grouped per row: "Erstberatung — Jobcenter Leipzig – Teamleitung: + V, − D"
        var byRow = new LinkedHashMap<String, List<PaperComparison.RoleChange>>();
        comparison.roleChanges().forEach(c -> byRow.computeIfAbsent(c.section() + " · " + c.task(),
                k -> new java.util.ArrayList<>()).add(c));
        if (byRow.isEmpty()) {
            card.add(PaperView.muted(getTranslation("paper.compare.no-roles")));
        }
        var list = new UnorderedList();
        byRow.forEach((row, changes) -> {
            var item = new ListItem(new Span(row));
            var inner = new UnorderedList();
            for (var change : changes) {
                var party = paper.party(change.partyId());
                var sign = new Span(change.gained() ? "+" : "−");
                sign.addClassName(change.gained() ? "lw-gained" : "lw-lost");
                var letter = new Span(RoleLetters.letter(this, change.role()));
                letter.addClassNames("lw-role", "lw-role-" + change.role().name().toLowerCase(java.util.Locale.ROOT));
                inner.add(new ListItem(sign, letter, new Span(" " + (party == null ? "?" : party.label()) + " "
                        + getTranslation(change.gained() ? "paper.compare.gained" : "paper.compare.lost",
                        getTranslation(EnumLabels.key(change.role()))))));
            }
            item.add(inner);
            list.add(item);
        });
        card.add(list);
        return card;
    }

    private Div rows(PaperComparison comparison) {
        var card = card("paper-compare-rows", "paper.compare.rows");
        if (comparison.rowChanges().isEmpty()) {
            card.add(PaperView.muted(getTranslation("paper.compare.no-rows")));
        }
        var list = new UnorderedList();
        for (var change : comparison.rowChanges()) {
            var text = switch (change.kind()) {
                case ADDED -> getTranslation("paper.compare.row-added", change.task());
                case REMOVED -> getTranslation("paper.compare.row-removed", change.task());
                case RENAMED -> getTranslation("paper.compare.row-renamed", change.previousTask(), change.task());
            };
            list.add(new ListItem(new Span(change.section() + " · " + text)));
        }
        card.add(list);
        return card;
    }

    private Div sections(PaperComparison comparison) {
        var card = card("paper-compare-sections", "paper.compare.sections");
        if (comparison.sectionChanges().isEmpty()) {
            card.add(PaperView.muted(getTranslation("paper.compare.no-sections")));
        }
        var list = new UnorderedList();
        for (var change : comparison.sectionChanges()) {
            list.add(new ListItem(change.heading() + ": " + getTranslation(EnumLabels.key(change.kind()))));
        }
        card.add(list);
        return card;
    }

    private Div card(String id, String titleKey) {
        var card = new Div(new H2(getTranslation(titleKey)));
        card.addClassName("lw-card");
        card.setId(id);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paper.compare") + " · " + getTranslation("app.name");
    }
}
