package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.statusround.ChangedAction;
import de.lenkwerk.statusround.IssuedLink;
import de.lenkwerk.statusround.StatusLinkItem;
import de.lenkwerk.statusround.StatusLinkService;
import de.lenkwerk.statusround.StatusLinkState;
import de.lenkwerk.statusround.StatusRoundItem;

import java.time.Clock;
import java.util.List;

/**
 * The round's personal links, for the secretariat: per recipient sent, first opened, answered, reminded and the end
 * date; remind, send again (the old link dies) or revoke one at a time; a new link for anyone with an address.
 */
@StyleSheet("context://styles/status-link.css")
class StatusLinksSection extends Div {

    private final StatusLinkService links;
    private final PersonService people;
    private final StatusRoundItem round;
    private final List<ChangedAction> roundActions;
    private final Clock clock;
    final Grid<StatusLinkItem> grid = new Grid<>();
    final FormErrors errors = new FormErrors();
    final Button request;

    StatusLinksSection(StatusLinkService links, PersonService people, StatusRoundItem round,
                       List<ChangedAction> roundActions, Clock clock) {
        this.links = links;
        this.people = people;
        this.round = round;
        this.roundActions = roundActions;
        this.clock = clock;
        addClassName("lw-card");
        setId("statuslink-section");
        request = new Button(getTranslation("statuslink.request.title"), VaadinIcon.ENVELOPE_O.create(),
                e -> new LinkRequestDialog(links, people, round.bodyId(), round.id(), roundActions, this::issued, clock).open());
        request.setId("statuslink-request");
        request.setVisible(round.isOpen());
        var hint = new Paragraph(getTranslation("statuslink.section.hint"));
        hint.addClassName("lw-muted");
        var head = new Div(new H2(getTranslation("statuslink.section.title")), request);
        head.addClassName("lw-card-head");
        add(head, hint, errors, grid);
        configure();
        refresh();
    }

    private void configure() {
        var locale = getLocale();
        grid.addComponentColumn(this::person).setHeader(getTranslation("statusround.tracker.person"))
                .setWidth("12em").setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("statusround.tracker.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Formats.dateTime(l.sentAt(), locale)).setHeader(getTranslation("statuslink.sent"))
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(l -> Formats.dateTime(l.firstOpenedAt(), locale)).setHeader(getTranslation("statuslink.opened"))
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(l -> Formats.dateTime(l.answeredAt(), locale)).setHeader(getTranslation("statuslink.answered"))
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(l -> Formats.dateTime(l.remindedAt(), locale)).setHeader(getTranslation("statusround.tracker.reminded"))
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(l -> Formats.date(l.endsOn(), locale)).setHeader(getTranslation("statuslink.ends-on"))
                .setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(this::buttons).setWidth("9.5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("statuslink.section.empty"));
        grid.addClassName("lw-link-tracker");
    }

    void refresh() {
        // one row per person asked by link in this round: a handful, all shown at once
        grid.setItems(links.forRound(round.id()));
    }

    private Component person(StatusLinkItem link) {
        var name = new Span(link.personName());
        name.addClassName("lw-cell-title");
        var cell = new Div(name);
        if (link.organisationName() != null) {
            var organisation = new Span(link.organisationName());
            organisation.addClassName("lw-cell-reason");
            cell.add(organisation);
        }
        if (link.withoutAccess()) {
            var marker = new Span(getTranslation(de.lenkwerk.organisation.PersonNames.WITHOUT_ACCESS));
            marker.addClassNames("lw-pill", "lw-pill-neutral");
            cell.add(marker);
        }
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
        remind.setVisible(round.isOpen() && link.active() && link.state() != StatusLinkState.ANSWERED);
        var resend = small("statuslink.resend", VaadinIcon.REFRESH, link, () -> issued(links.resend(link.id())));
        resend.setVisible(round.isOpen() && link.state() != StatusLinkState.ENDED);
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

    /** After a new or repeated link: said in a notice; without a mail server the address is shown once. */
    private void issued(IssuedLink issued) {
        refresh();
        if (issued.mailed()) {
            Notifications.saved(getTranslation("statuslink.issued", issued.link().personName()));
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("statuslink.no-mail.title"));
        var address = new TextField(getTranslation("statuslink.no-mail.address"));
        address.setValue(issued.address());
        address.setReadOnly(true);
        address.setWidthFull();
        address.setId("statuslink-address");
        dialog.add(new Paragraph(getTranslation("statuslink.no-mail.text", issued.link().personName())), address);
        dialog.setWidth("34em");
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
