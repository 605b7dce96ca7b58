package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ui.TrafficLightBadge;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.DecisionItem;
import de.lenkwerk.action.DecisionService;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.DataTable;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.organisation.PersonNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Stand der Umsetzung": the body's open actions, one at a time or as a compact list, each with owner, deadline,
 * traffic light and reason, latest update and indicators, and the committee's decision recorded on the spot.
 * The list is taken when the review starts, so a decided action stays in it and shows what was decided.
 */
class ActionReview extends Div {

    /** Enough for any committee; the review is not a paging list. */
    private static final int MAX_ACTIONS = 500;

    private final transient ActionService actions;
    private final transient IndicatorService indicators;
    private final transient DecisionService decisions;
    private final MeetingItem meeting;
    private final transient Clock clock;
    final List<ActionListItem> items;
    private Map<Long, List<DecisionItem>> decided;
    int index;
    boolean compact;

    final Button previous = new Button(getTranslation("review.previous"), VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(getTranslation("review.next"), VaadinIcon.ARROW_RIGHT.create());
    final Button toggle = new Button();
    final Span position = new Span();
    final Div content = new Div();
    DecisionBar decisionBar;

    ActionReview(ActionService actions, IndicatorService indicators, DecisionService decisions, MeetingItem meeting,
                 Clock clock) {
        this.actions = actions;
        this.clock = clock;
        this.indicators = indicators;
        this.decisions = decisions;
        this.meeting = meeting;
        addClassName("lw-review");
        var agreedHere = new HashSet<Long>();
        actions.list(ActionFilter.ofMeeting(meeting.id()), PageRequest.of(0, MAX_ACTIONS))
                .forEach(a -> agreedHere.add(a.id()));
        var open = new ActionFilter(meeting.bodyId(), null, null, null, null, null, null, null, false, null,
                ActionFilter.Scope.OPEN);
        items = actions.list(open, PageRequest.of(0, MAX_ACTIONS, Sort.by("number"))).stream()
                .filter(a -> !agreedHere.contains(a.id())).toList();
        loadDecisions();

        previous.setId("review-previous");
        previous.setTooltipText(getTranslation("review.previous.tooltip"));
        previous.addClickListener(e -> step(-1));
        next.setId("review-next");
        next.setIconAfterText(true);
        next.setTooltipText(getTranslation("review.next.tooltip"));
        next.addClickListener(e -> step(1));
        toggle.setId("review-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(e -> {
            compact = !compact;
            render();
        });
        position.addClassName("lw-review-position");
        // the two steps side by side, where the hand already is; the position follows them
        var steps = new Div(previous, next);
        steps.addClassName("lw-review-steps");
        var bar = new Div(steps, position, toggle);
        bar.addClassName("lw-review-bar");
        add(bar, content);
        render();
    }

    void step(int delta) {
        if (compact || items.isEmpty()) {
            return;
        }
        index = Math.max(0, Math.min(items.size() - 1, index + delta));
        render();
    }

    void show(int i) {
        compact = false;
        index = i;
        render();
    }

    private void render() {
        content.removeAll();
        decisionBar = null;
        toggle.setText(getTranslation(compact ? "review.single" : "review.compact"));
        toggle.setIcon((compact ? VaadinIcon.FILE_O : VaadinIcon.LIST).create());
        previous.setEnabled(index > 0);
        next.setEnabled(index < items.size() - 1);
        previous.setVisible(!compact);
        next.setVisible(!compact);
        position.setVisible(!compact);
        if (items.isEmpty()) {
            position.setText("");
            toggle.setEnabled(false);
            previous.setVisible(false);
            next.setVisible(false);
            position.setVisible(false);
            // the actions agreed in this meeting are left out on purpose: say so, or the list looks broken
            var agreedHere = actions.count(ActionFilter.ofMeeting(meeting.id()));
            content.add(new Paragraph(agreedHere == 0 ? getTranslation("review.empty")
                    : getTranslation("review.empty.except-agreed-here", agreedHere)));
            return;
        }
        position.setText(compact ? "" : getTranslation("review.position", index + 1, items.size()));
        content.add(compact ? list() : single(items.get(index)));
    }

    private Component single(ActionListItem item) {
        var detail = actions.get(item.id());
        var card = new Div();
        card.addClassNames("lw-card", "lw-review-item");
        card.add(new H2(detail.number() + " · " + detail.title()));
        var light = new Div(new TrafficLightBadge(detail.trafficLight().colour(), detail.trafficLight().reasons()),
                new Span(TrafficLightBadge.reasonsText(this, detail.trafficLight().reasons())));
        light.addClassName("lw-review-light");
        if (detail.confidence() != null) {
            // the owner's confidence beside the rule's colour: a disagreement is what the committee should discuss
            light.add(new de.lenkwerk.action.ui.ConfidenceBadge(detail.confidence(), detail.disagreement()));
        }
        var owner = PersonNames.of(detail.ownerName(), detail.ownerOrganisationName(), detail.ownerWithoutAccess(),
                this::getTranslation);
        var facts = new Div(fact("review.owner", owner),
                fact("review.deadline", Formats.date(detail.deadline(), getLocale())),
                fact("review.progress", getTranslation(EnumLabels.key(detail.status())) + ", " + detail.progress() + " %"));
        facts.addClassName("lw-review-facts");
        card.add(light, facts);

        var latest = actions.timeline(detail.id(), PageRequest.of(0, 1));
        var update = new Div(new H3(getTranslation("review.latest-update")));
        update.add(latest.isEmpty() ? new Paragraph(getTranslation("review.no-update"))
                : new Paragraph(Formats.date(latest.getFirst().reportedAt().toLocalDate(), getLocale()) + ", "
                + latest.getFirst().author() + ": " + latest.getFirst().text()));
        var measures = new Div(new H3(getTranslation("review.indicators")));
        var list = indicators.forAction(detail.id());
        if (list.isEmpty()) {
            measures.add(new Paragraph(getTranslation("review.no-indicators")));
        }
        list.forEach(i -> measures.add(new Paragraph(indicatorLine(i))));
        var columns = new Div(update, measures);
        columns.addClassName("lw-two-columns");
        card.add(columns);

        var taken = decided.getOrDefault(detail.id(), List.of());
        if (!taken.isEmpty()) {
            var box = new Div(new H3(getTranslation("review.decided")));
            box.addClassName("lw-review-decided");
            taken.forEach(d -> box.add(new Paragraph(MinutesTables.decisionText(this, d))));
            card.add(box);
        }
        if (!detail.status().isOpen()) {
            card.add(new Paragraph(getTranslation("review.decision.closed")));
        } else if (detail.canEdit()) {
            decisionBar = new DecisionBar(data -> decisions.decide(meeting.id(), detail.id(), detail.version(), data),
                    this::afterDecision, clock);
            card.add(decisionBar);
        }
        return card;
    }

    private Component list() {
        var table = new DataTable(null, getTranslation("minutes.col.number"), getTranslation("minutes.col.title"),
                getTranslation("review.owner"), getTranslation("review.deadline"), getTranslation("action.rag"),
                getTranslation("minutes.col.decision"));
        table.addClassName("lw-review-list");
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var position = i;
            var open = new Button(item.number(), e -> show(position));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            var taken = decided.getOrDefault(item.id(), List.of()).stream()
                    .map(d -> getTranslation(EnumLabels.key(d.kind()))).collect(Collectors.joining(", "));
            // the list was taken when the review began; a deadline moved since then shows the new date
            var deadline = decided.getOrDefault(item.id(), List.of()).stream().map(DecisionItem::newDeadline)
                    .filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(item.deadline());
            var owner = PersonNames.of(item.ownerName(), item.ownerOrganisation(), item.ownerWithoutAccess(),
                    this::getTranslation);
            table.addRow(open, item.title(), owner, Formats.date(deadline, getLocale()),
                    new TrafficLightBadge(item.rag(), item.reasons()), taken);
        }
        return table;
    }

    private void afterDecision(DecisionItem decision) {
        loadDecisions();
        Notifications.saved(getTranslation("review.decision.saved", decision.actionNumber(),
                getTranslation(EnumLabels.key(decision.kind()))));
        if (index < items.size() - 1) {
            index++;
        }
        render();
    }

    private void loadDecisions() {
        decided = decisions.decisions(meeting.id()).stream().collect(Collectors.groupingBy(DecisionItem::actionId));
    }

    private String indicatorLine(IndicatorItem i) {
        return i.latestValue() == null
                ? getTranslation("review.indicator.no-value", i.name(), Formats.number(i.targetValue(), getLocale()),
                i.unit(), Formats.date(i.targetDate(), getLocale()))
                : getTranslation("review.indicator.value", i.name(), Formats.number(i.latestValue(), getLocale()),
                Formats.number(i.targetValue(), getLocale()), i.unit(), Formats.date(i.targetDate(), getLocale()));
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("lw-review-label");
        var fact = new Div(label, new Span(value));
        fact.addClassName("lw-review-fact");
        return fact;
    }
}
