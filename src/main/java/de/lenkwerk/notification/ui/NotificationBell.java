package de.lenkwerk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.HeaderItem;
import de.lenkwerk.notification.NotificationItem;
import de.lenkwerk.notification.NotificationService;

/**
 * The bell in the header: the number of unread notifications, and on click the latest ones; following one marks it
 * as read. The count is refreshed whenever the bell is opened or a page is entered.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    private static final int SHOWN = 15;

    private final transient NotificationService notifications;
    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Div list = new Div();
    final Button markAll;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("lw-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.setId("notification-bell");
        badge.addClassName("lw-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(bell, badge);

        var popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setModal(false);
        popover.setAutofocus(true);
        popover.addClassName("lw-bell-popover");
        markAll = new Button(getTranslation("notification.mark-all-read"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var head = new Div(new H2(getTranslation("notification.title")), markAll);
        head.addClassName("lw-bell-head");
        list.addClassName("lw-bell-list");
        popover.add(head, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        add(popover);
        addAttachListener(e -> refresh());
    }

    /** The frame stays while the user moves between pages; the count is fetched anew on each page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        var unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread > 0 ? getTranslation("notification.bell.unread", unread)
                : getTranslation("notification.bell"));
        bell.setTooltipText(bell.getAriaLabel().orElse(""));
        list.removeAll();
        var items = notifications.mine(SHOWN, getLocale());
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.empty")));
        }
        items.forEach(item -> list.add(entry(item)));
    }

    private Component entry(NotificationItem item) {
        var text = new Span(item.text());
        var when = new Span(Formats.dateTime(item.createdAt(), getLocale()));
        when.addClassName("lw-muted");
        var link = new Anchor(item.link() == null ? "" : item.link(), text, when);
        link.addClassName("lw-bell-entry");
        if (!item.read()) {
            link.addClassName("lw-unread");
        }
        link.getElement().addEventListener("click", e -> notifications.markRead(item.id()));
        return link;
    }

    @org.springframework.stereotype.Component
    static class Item implements HeaderItem {

        private final NotificationService notifications;

        Item(NotificationService notifications) {
            this.notifications = notifications;
        }

        @Override
        public Component create() {
            return new NotificationBell(notifications);
        }
    }
}
