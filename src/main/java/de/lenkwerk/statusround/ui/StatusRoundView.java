package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.statusround.StatusLinkService;
import de.lenkwerk.statusround.StatusRoundItem;
import de.lenkwerk.statusround.StatusRoundService;
import de.lenkwerk.statusround.TrackerRow;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;

/**
 * One status round: its facts; for the secretariat the tracker (who has answered, who is missing) with reminders
 * and closing; for every reader of the body the changes since the last meeting.
 */
@Route("statusabfragen")
@PermitAll
public class StatusRoundView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient StatusRoundService rounds;
    private final transient BodyService bodies;
    private final transient StatusLinkService links;
    private final transient PersonService people;
    private final transient Clock clock;
    private StatusRoundItem round;

    final FormErrors errors = new FormErrors();
    final Grid<TrackerRow> tracker = new Grid<>();
    Button remindAll;
    Button close;
    ChangesList changes;

    StatusLinksSection linkSection;

    StatusRoundView(StatusRoundService rounds, BodyService bodies, StatusLinkService links, PersonService people,
                    Clock clock) {
        this.rounds = rounds;
        this.bodies = bodies;
        this.links = links;
        this.people = people;
        this.clock = clock;
        addClassName("lw-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (!RecordPages.load(event, () -> rounds.get(id), loaded -> round = loaded)) {
            return;
        }
        render();
    }

    void render() {
        removeAll();
        var canManage = bodies.canManage(round.bodyId());
        var open = round.isOpen();
        var back = new Anchor("gremien/" + round.bodyId(), round.bodyName());
        back.addClassName("lw-back-link");

        remindAll = new Button(getTranslation("statusround.remind-all"), VaadinIcon.BELL_O.create());
        remindAll.setId("statusround-remind-all");
        remindAll.setVisible(canManage && open);
        remindAll.addClickListener(e -> {
            if (errors.attempt(() -> Notifications.saved(getTranslation("statusround.reminded-all",
                    rounds.remindAllMissing(round.id()))))) {
                reload();
            }
        });
        close = new Button(getTranslation("statusround.close"), VaadinIcon.LOCK.create());
        close.setId("statusround-close");
        close.setVisible(canManage && open);
        close.addClickListener(e -> confirmClose());
        add(back, new ViewHeader(getTranslation("statusround.page.title", round.label()), null, remindAll, close),
                facts(), errors);

        var changed = rounds.changes(round.id());
        if (canManage) {
            var card = new Div(new H2(getTranslation("statusround.tracker")), trackerGrid(open));
            card.addClassName("lw-card");
            add(card);
            linkSection = new StatusLinksSection(links, people, round, changed, clock);
            add(linkSection);
        }
        changes = new ChangesList(changed);
        var since = new Paragraph(getTranslation("statusround.changes.since",
                Formats.dateTime(round.changesSince(), getLocale())));
        var card = new Div(new H2(getTranslation("statusround.changes")), since, changes);
        card.addClassName("lw-card");
        card.setId("statusround-changes");
        add(card);
    }

    private Div facts() {
        var locale = getLocale();
        var facts = new Div(new Span(getTranslation(EnumLabels.key(round.state()))));
        facts.add(new Span(round.meetingTitle() == null ? getTranslation("statusround.fact.no-meeting")
                : getTranslation("statusround.fact.meeting",
                round.meetingTitle() + ", " + Formats.dateTime(round.meetingStartsAt(), locale))));
        facts.add(new Span(getTranslation("statusround.fact.answer-by", Formats.date(round.answerBy(), locale))));
        facts.add(new Span(getTranslation("statusround.fact.answered", round.answered(), round.asked())));
        facts.add(new Span(getTranslation("statusround.fact.started", Formats.dateTime(round.startedAt(), locale),
                round.startedBy() == null ? "?" : round.startedBy())));
        if (round.closedAt() != null) {
            facts.add(new Span(getTranslation("statusround.fact.closed", Formats.dateTime(round.closedAt(), locale))));
        }
        facts.addClassName("lw-facts");
        facts.setId("statusround-facts");
        return facts;
    }

    private Grid<TrackerRow> trackerGrid(boolean open) {
        var locale = getLocale();
        tracker.removeAllColumns();
        tracker.addComponentColumn(this::person).setHeader(getTranslation("statusround.tracker.person"))
                .setWidth("14em").setFlexGrow(1);
        tracker.addColumn(r -> getTranslation("statusround.answered-of", r.answered(), r.asked()))
                .setHeader(getTranslation("statusround.tracker.answered")).setAutoWidth(true).setFlexGrow(0);
        tracker.addComponentColumn(this::state).setHeader(getTranslation("statusround.tracker.state"))
                .setAutoWidth(true).setFlexGrow(0);
        tracker.addColumn(r -> Formats.dateTime(r.lastAnsweredAt(), locale))
                .setHeader(getTranslation("statusround.tracker.last")).setAutoWidth(true).setFlexGrow(0);
        tracker.addColumn(r -> Formats.dateTime(r.remindedAt(), locale))
                .setHeader(getTranslation("statusround.tracker.reminded")).setAutoWidth(true).setFlexGrow(0);
        tracker.addComponentColumn(r -> {
            var remind = new Button(getTranslation("statusround.remind"), VaadinIcon.BELL_O.create(), e -> {
                if (errors.attempt(() -> rounds.remind(round.id(), r.personId()))) {
                    Notifications.saved(getTranslation("statusround.reminded", r.personName()));
                    reload();
                }
            });
            remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remind.getElement().setAttribute("aria-label", getTranslation("statusround.remind") + ": " + r.personName());
            remind.setVisible(open && !r.complete());
            return remind;
        }).setAutoWidth(true).setFlexGrow(0);
        tracker.addClassName("lw-tracker");
        tracker.setPartNameGenerator(r -> r.complete() ? null : "lw-missing");
        tracker.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // one row per owner of the body's open actions: a handful, all shown at once
        tracker.setItems(rounds.tracker(round.id()));
        tracker.setAllRowsVisible(true);
        return tracker;
    }

    private com.vaadin.flow.component.Component person(TrackerRow row) {
        var name = new Span(row.personName());
        name.addClassName("lw-cell-title");
        var organisation = new Span(row.organisationName() == null ? "" : row.organisationName());
        organisation.addClassName("lw-cell-reason");
        var cell = new Div(name, organisation);
        cell.addClassName("lw-cell-stack");
        return cell;
    }

    /** Missing answers are said in words and marked with an icon, not by colour alone. */
    private Span state(TrackerRow row) {
        Span pill;
        if (row.complete()) {
            pill = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("statusround.tracker.complete")));
            pill.addClassNames("lw-pill", "lw-pill-success");
        } else if (row.answered() > 0) {
            pill = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("statusround.tracker.partly")));
            pill.addClassNames("lw-pill", "lw-pill-warning");
        } else {
            pill = new Span(VaadinIcon.CLOSE_CIRCLE.create(), new Span(getTranslation("statusround.tracker.missing")));
            pill.addClassNames("lw-pill", "lw-pill-error");
        }
        pill.addClassName("lw-answer-state");
        return pill;
    }

    private void confirmClose() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("statusround.close.confirm.title"));
        confirm.setText(getTranslation("statusround.close.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("statusround.close"));
        confirm.addConfirmListener(e -> {
            if (errors.attempt(() -> rounds.close(round.id()))) {
                Notifications.saved(getTranslation("statusround.closed"));
                reload();
            }
        });
        confirm.open();
    }

    private void reload() {
        round = rounds.get(round.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return (round == null ? getTranslation("statusround.title") : getTranslation("statusround.page.title", round.label()))
                + " · " + getTranslation("app.name");
    }
}
