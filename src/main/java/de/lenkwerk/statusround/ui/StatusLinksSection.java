package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.statusround.ChangedAction;
import de.lenkwerk.statusround.IssuedLink;
import de.lenkwerk.statusround.LinkBatch;
import de.lenkwerk.statusround.LinkBatchResult;
import de.lenkwerk.statusround.StatusLinkItem;
import de.lenkwerk.statusround.StatusLinkService;
import de.lenkwerk.statusround.StatusLinkState;
import de.lenkwerk.statusround.StatusRoundItem;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The personal links of a round, or those a body asked on its own, for the secretariat: per recipient sent, first
 * opened, answered, reminded and the end date; remind, send again (the old link dies) or revoke, one at a time or all
 * missing at once (after a confirmation, with a count); in a round, a new link for anyone with an address.
 */
@StyleSheet("context://styles/status-link.css")
class StatusLinksSection extends Div {

    private final StatusLinkService links;
    private final long bodyId;
    /** null: the body's requests on their own */
    private final StatusRoundItem round;
    private final boolean open;
    final Grid<StatusLinkItem> grid = new Grid<>();
    final FormErrors errors = new FormErrors();
    final Button request;
    final Button remindMissing;
    final Button resendMissing;
    final Button revokeMissing;
    private List<StatusLinkItem> shown = List.of();

    /** In a round's page. */
    StatusLinksSection(StatusLinkService links, PersonService people, StatusRoundItem round,
                       List<ChangedAction> roundActions, Clock clock) {
        this(links, people, round.bodyId(), round, roundActions, clock);
    }

    /** On a body's page: the requests asked on their own from its actions list. */
    StatusLinksSection(StatusLinkService links, PersonService people, long bodyId, Clock clock) {
        this(links, people, bodyId, null, List.of(), clock);
    }

    private StatusLinksSection(StatusLinkService links, PersonService people, long bodyId, StatusRoundItem round,
                               List<ChangedAction> roundActions, Clock clock) {
        this.links = links;
        this.bodyId = bodyId;
        this.round = round;
        this.open = round == null || round.isOpen();
        addClassName("lw-card");
        setId(round == null ? "statuslink-standalone" : "statuslink-section");
        request = new Button(getTranslation("statuslink.request.title"), VaadinIcon.ENVELOPE_O.create(),
                e -> LinkRequestDialog.forRound(links, people, bodyId, round.id(), roundActions, this::issued, clock)
                        .open());
        request.setId("statuslink-request");
        request.setVisible(round != null && open);
        var hint = new Paragraph(getTranslation(round == null ? "statuslink.standalone.hint" : "statuslink.section.hint"));
        hint.addClassName("lw-muted");
        var head = new Div(new H2(getTranslation(round == null ? "statuslink.standalone.section" : "statuslink.section.title")),
                request);
        head.addClassName("lw-card-head");
        remindMissing = batchButton(LinkBatch.REMIND, VaadinIcon.BELL_O);
        resendMissing = batchButton(LinkBatch.RESEND, VaadinIcon.REFRESH);
        revokeMissing = batchButton(LinkBatch.REVOKE, VaadinIcon.BAN);
        var batch = new Div(remindMissing, resendMissing, revokeMissing);
        batch.addClassNames("lw-toolbar", "lw-link-batch");
        batch.setVisible(open);
        add(head, hint, errors, batch, grid);
        configure();
        refresh();
        if (round == null) {
            // a request sent from the actions tab of the same page appears here: at once while this tab is shown, and
            // when it is shown again otherwise (a tab that is not shown is detached, and hears nothing)
            addAttachListener(e -> {
                refresh();
                var registration = com.vaadin.flow.component.ComponentUtil.addListener(e.getUI(),
                        StandaloneRequestTool.Sent.class, sent -> refresh());
                addDetachListener(d -> registration.remove());
            });
        }
    }

    private void configure() {
        var locale = getLocale();
        grid.addComponentColumn(this::person).setHeader(getTranslation("statusround.tracker.person"))
                .setWidth("8em").setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("statusround.tracker.state"))
                .setWidth("8em").setFlexGrow(0);
        // date above time: the four moments fit beside the side menu at 1280 px
        grid.addComponentColumn(l -> moment(l.sentAt())).setHeader(getTranslation("statuslink.sent"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addComponentColumn(l -> moment(l.firstOpenedAt())).setHeader(getTranslation("statuslink.opened"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addComponentColumn(l -> moment(l.answeredAt())).setHeader(getTranslation("statuslink.answered"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addComponentColumn(l -> moment(l.remindedAt())).setHeader(getTranslation("statusround.tracker.reminded"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(l -> Formats.date(l.endsOn(), locale)).setHeader(getTranslation("statuslink.ends-on"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addComponentColumn(this::buttons).setHeader(getTranslation("statuslink.steps"))
                .setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(round == null ? "statuslink.standalone.empty" : "statuslink.section.empty"));
        grid.addClassName("lw-link-tracker");
    }

    void refresh() {
        // one row per person asked by link: a handful, all shown at once
        shown = round == null ? links.standaloneOfBody(bodyId) : links.forRound(round.id());
        grid.setItems(shown);
        var missing = shown.stream().filter(l -> l.answeredAt() == null).count();
        remindMissing.setEnabled(missing > 0);
        resendMissing.setEnabled(missing > 0);
        revokeMissing.setEnabled(missing > 0);
    }

    private Component moment(LocalDateTime at) {
        if (at == null) {
            return new Span("–");
        }
        var date = new Span(Formats.date(at.toLocalDate(), getLocale()));
        var time = new Span(java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(getLocale()).format(at));
        time.addClassName("lw-muted");
        var cell = new Div(date, time);
        cell.addClassName("lw-cell-stack");
        return cell;
    }

    private Component person(StatusLinkItem link) {
        var name = new Span(link.personName());
        name.addClassName("lw-cell-title");
        var cell = new Div(name);
        cell.addClassName("lw-link-person");
        if (link.organisationName() != null) {
            var organisation = new Span(link.organisationName());
            organisation.addClassName("lw-cell-reason");
            cell.add(organisation);
        }
        if (link.withoutAccess()) {
            var marker = new Span(getTranslation(PersonNames.WITHOUT_ACCESS));
            marker.addClassNames("lw-pill", "lw-pill-neutral");
            cell.add(marker);
        }
        var asked = new Span(getTranslation("statuslink.action-count", link.actionCount()));
        asked.addClassName("lw-cell-reason");
        cell.add(asked);
        cell.addClassName("lw-cell-stack");
        return cell;
    }

    private Span state(StatusLinkItem link) {
        var pill = new Span(getTranslation(EnumLabels.key(link.state())));
        pill.addClassNames("lw-pill", "lw-link-state", switch (link.state()) {
            case ANSWERED -> "lw-pill-success";
            case REVOKED, ENDED -> "lw-pill-neutral";
            case NOT_SENT -> "lw-pill-error";
            case SENT, OPENED -> "lw-pill-warning";
        });
        return pill;
    }

    private Component buttons(StatusLinkItem link) {
        var remind = small("statusround.remind", VaadinIcon.BELL_O, link, () -> {
            links.remind(link.id());
            Notifications.saved(getTranslation("statusround.reminded", link.personName()));
        });
        remind.setVisible(open && link.active() && link.state() != StatusLinkState.ANSWERED);
        var resend = small("statuslink.resend", VaadinIcon.REFRESH, link, () -> issued(links.resend(link.id())));
        resend.setVisible(open && link.state() != StatusLinkState.ENDED);
        var revoke = small("statuslink.revoke", VaadinIcon.BAN, link, () -> {
            links.revoke(link.id());
            Notifications.saved(getTranslation("statuslink.revoked", link.personName()));
        });
        revoke.setVisible(link.active());
        var cell = new Div(remind, resend, revoke);
        cell.addClassName("lw-link-buttons");
        return cell;
    }

    private Button small(String key, VaadinIcon icon, StatusLinkItem link, Runnable work) {
        var button = new Button(getTranslation(key), icon.create(), e -> {
            if (errors.attempt(work)) {
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation(key) + ": " + link.personName());
        return button;
    }

    private Button batchButton(LinkBatch step, VaadinIcon icon) {
        var key = "statuslink.batch." + step.name().toLowerCase(java.util.Locale.ROOT);
        var button = new Button(getTranslation(key), icon.create(), e -> confirm(step, key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (step == LinkBatch.REVOKE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setId((round == null ? "statuslink-standalone-" : "statuslink-") + key.substring("statuslink.".length())
                .replace('.', '-'));
        return button;
    }

    /** Asks first, naming how many people it touches; then says what was done and what was skipped. */
    private void confirm(LinkBatch step, String key) {
        var missing = shown.stream().filter(l -> l.answeredAt() == null).count();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(key));
        dialog.setText(getTranslation(key + ".confirm", missing));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(key));
        if (step == LinkBatch.REVOKE) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> {
            var result = new LinkBatchResult[1];
            if (errors.attempt(() -> result[0] = round == null ? links.allMissingOfBody(bodyId, step)
                    : links.allMissingOfRound(round.id(), step))) {
                refresh();
                done(result[0], key);
            }
        });
        dialog.open();
    }

    private void done(LinkBatchResult result, String key) {
        var message = getTranslation(key + ".done", result.done())
                + (result.skipped() > 0 ? " " + getTranslation("statuslink.batch.skipped", result.skipped()) : "");
        if (result.step() == LinkBatch.RESEND && !result.mailed() && !result.issued().isEmpty()) {
            NoMailDialog.show(message, result.issued());
            return;
        }
        Notifications.saved(message);
    }

    /** After a new or repeated link: said in a notice; without a mail server the address is shown once. */
    private void issued(IssuedLink issued) {
        refresh();
        if (issued.mailed()) {
            Notifications.saved(getTranslation("statuslink.issued", issued.link().personName()));
            return;
        }
        NoMailDialog.show(issued);
    }
}
