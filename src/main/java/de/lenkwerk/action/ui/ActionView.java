package de.lenkwerk.action.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;

/** An action: its traffic light with reasons, and tabs for details, indicators, progress updates and history. */
@Route("massnahmen")
@PermitAll
public class ActionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient ActionService actions;
    private final transient IndicatorService indicators;
    private final transient MeetingService meetings;
    private final transient PersonService people;
    private final transient OrganisationService organisations;
    private final transient Clock clock;
    private ActionDetail action;
    TabSheet tabs = new TabSheet();

    ActionView(ActionService actions, IndicatorService indicators, MeetingService meetings, PersonService people,
               OrganisationService organisations, Clock clock) {
        this.actions = actions;
        this.clock = clock;
        this.indicators = indicators;
        this.meetings = meetings;
        this.people = people;
        this.organisations = organisations;
        addClassName("lw-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (!RecordPages.load(event, () -> actions.get(id), loaded -> action = loaded)) {
            return;
        }
        render(0);
    }

    /** Reloads the action and shows it again, staying on the given tab. */
    void reload(int tab) {
        action = actions.get(action.id());
        render(tab);
    }

    private void render(int selectedTab) {
        removeAll();
        var back = new Anchor("gremien/" + action.bodyId(), action.bodyName());
        back.addClassName("lw-back-link");
        add(back, new ViewHeader(action.number() + " · " + action.title(), null));
        add(summary());
        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("action.tab.details"), new ActionDetailsTab(this, action, actions, meetings, people, organisations, clock));
        tabs.add(getTranslation("action.tab.indicators"), new IndicatorsTab(this, action, indicators, organisations, clock));
        tabs.add(getTranslation("action.tab.timeline"), new TimelineTab(this, action, actions));
        tabs.add(getTranslation("action.tab.history"), new HistoryTab(action, actions));
        tabs.setSelectedIndex(selectedTab);
        add(tabs);
    }

    private Div summary() {
        var light = action.trafficLight();
        var badge = new TrafficLightBadge(light.colour(), light.reasons());
        badge.setId("action-rag");
        var reason = new Span(TrafficLightBadge.reasonsText(this, light.reasons()));
        reason.setId("action-rag-reason");
        reason.addClassName("lw-rag-reason");
        var confidence = new ConfidenceBadge(action.confidence(), action.disagreement());
        confidence.setId("action-confidence");
        var lightRow = new Div(badge, reason, confidence);
        lightRow.addClassName("lw-rag-row");
        if (action.disagreement() != de.lenkwerk.action.Disagreement.NONE) {
            var talk = new Span(getTranslation(EnumLabels.key(action.disagreement())));
            talk.setId("action-disagreement");
            talk.addClassNames("lw-pill", "lw-pill-warning");
            lightRow.add(talk);
        }
        if (action.overrideBy() != null) {
            var derived = new Span(getTranslation("action.rag.derived",
                    getTranslation(EnumLabels.key(action.derivedTrafficLight().colour())) + " – "
                            + TrafficLightBadge.reasonsText(this, action.derivedTrafficLight().reasons())));
            derived.addClassName("lw-muted");
            lightRow.add(derived);
        }
        var facts = new Div(
                fact("action.owner", PersonNames.of(action.ownerName(), action.ownerOrganisationName(),
                        action.ownerWithoutAccess(), this::getTranslation)),
                fact("action.deadline", Formats.date(action.deadline(), getLocale())),
                fact("action.status", getTranslation(EnumLabels.key(action.status()))),
                fact("action.progress", action.progress() + " %"),
                fact("action.last-update", action.lastUpdateAt() == null ? getTranslation("none")
                        : Formats.dateTime(action.lastUpdateAt(), getLocale())));
        if (action.sourceLink() != null) {
            // the source is a page of another feature (an interface paper's section): link back to it
            var link = new Anchor(action.sourceLink(), action.sourceReference() == null
                    ? getTranslation("paper.action-source") : action.sourceReference());
            link.setId("action-source-link");
            var label = new Span(getTranslation("paper.action-source"));
            label.addClassName("lw-fact-label");
            var fact = new Div(label, link);
            fact.addClassName("lw-fact");
            facts.add(fact);
        }
        if (action.deputyName() != null) {
            var deputy = fact("action.deputy", PersonNames.of(action.deputyName(), action.deputyWithoutAccess(),
                    this::getTranslation));
            deputy.setId("action-deputy");
            facts.addComponentAtIndex(1, deputy);
        }
        facts.getComponentAt(0).setId("action-owner");
        facts.addClassName("lw-fact-grid");
        var card = new Div(lightRow, facts);
        card.addClassName("lw-card");
        return card;
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("lw-fact-label");
        var text = new Span(value);
        text.addClassName("lw-fact-value");
        var fact = new Div(label, text);
        fact.addClassName("lw-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return (action == null ? getTranslation("nav.actions") : action.number()) + " · " + getTranslation("app.name");
    }
}
