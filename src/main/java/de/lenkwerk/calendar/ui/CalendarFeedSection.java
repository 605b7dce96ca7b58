package de.lenkwerk.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.ProfileSection;
import de.lenkwerk.calendar.CalendarAddress;
import de.lenkwerk.calendar.CalendarFeedService;

/**
 * "Kalender-Abo" on the profile page. The full address exists only in the answer to creating it (only its hash is
 * stored), so it is shown once, with a copy button; afterwards the card says since when an address exists.
 */
@org.springframework.stereotype.Component
class CalendarFeedSection implements ProfileSection {

    private final CalendarFeedService feeds;

    CalendarFeedSection(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "calendar.title";
    }

    @Override
    public Component create() {
        return new Card(feeds);
    }

    static class Card extends Div {

        private final CalendarFeedService feeds;
        final Paragraph status = new Paragraph();
        final Div fresh = new Div();
        final TextField address = new TextField();
        final Button copy = new Button(VaadinIcon.COPY.create());
        final Button create = new Button();
        final Button revoke = new Button();
        final FormErrors errors = new FormErrors();
        private boolean copyArmed;

        Card(CalendarFeedService feeds) {
            this.feeds = feeds;
            setId("calendar-feed");
            addClassName("lw-calendar");
            address.setId("calendar-feed-url");
            address.setLabel(getTranslation("calendar.address"));
            address.setReadOnly(true);
            address.setWidthFull();
            address.setSuffixComponent(copy);
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            copy.setAriaLabel(getTranslation("calendar.copy"));
            copy.setTooltipText(getTranslation("calendar.copy"));
            var once = new Paragraph(getTranslation("calendar.shown-once"));
            once.addClassName("lw-warning");
            fresh.add(address, once);
            fresh.addClassName("lw-calendar-fresh");
            fresh.setVisible(false);

            create.setId("calendar-feed-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> createAddress());
            revoke.setId("calendar-feed-revoke");
            revoke.setText(getTranslation("calendar.revoke"));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.addClickListener(e -> confirmRevoke());
            var buttons = new Div(create, revoke);
            buttons.addClassName("lw-toolbar");

            add(new Paragraph(getTranslation("calendar.hint")), errors, status, fresh, buttons, instructions());
            showStatus();
        }

        private void createAddress() {
            errors.attempt(() -> {
                CalendarAddress created = feeds.newAddress();
                address.setValue(created.url());
                fresh.setVisible(true);
                armCopy();
                showStatus();
            });
        }

        /**
         * The browser copies inside the click itself (a server round trip would lose the user gesture), so the
         * copy action is armed once the button is shown: a hidden component's client side is not there yet.
         */
        private void armCopy() {
            if (!copyArmed) {
                copyArmed = true;
                Clipboard.onClick(copy).writeText(address,
                        copied -> Notifications.saved(getTranslation("calendar.copied")),
                        failed -> Notification.show(getTranslation("calendar.copy-failed")));
            }
        }

        private void confirmRevoke() {
            var confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("calendar.revoke"));
            confirm.setText(getTranslation("calendar.revoke.confirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("calendar.revoke"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> errors.attempt(() -> {
                feeds.revoke();
                address.clear();
                fresh.setVisible(false);
                showStatus();
                Notifications.saved(getTranslation("calendar.revoked"));
            }));
            confirm.open();
        }

        private void showStatus() {
            var current = feeds.myStatus();
            status.setText(current.active()
                    ? getTranslation("calendar.status.active", Formats.dateTime(current.since(), getLocale()))
                    : getTranslation("calendar.status.none"));
            create.setText(getTranslation(current.active() ? "calendar.renew" : "calendar.create"));
            create.setTooltipText(current.active() ? getTranslation("calendar.renew.hint") : null);
            revoke.setVisible(current.active());
        }

        private Div instructions() {
            var list = new UnorderedList(new ListItem(getTranslation("calendar.howto.outlook")),
                    new ListItem(getTranslation("calendar.howto.thunderbird")),
                    new ListItem(getTranslation("calendar.howto.other")));
            var howto = new Div(new H3(getTranslation("calendar.howto")), list);
            howto.addClassName("lw-muted");
            return howto;
        }
    }
}
