package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.meeting.ui.MeetingPageAction;

import java.util.Optional;

/** The meeting page's ways into meeting mode and to the printable minutes. */
class MeetingModeLinks {

    private MeetingModeLinks() {
    }

    static RouterLink minutes(MeetingItem meeting) {
        var link = new RouterLink();
        link.setRoute(MinutesView.class, meeting.id());
        link.setText(link.getTranslation("meeting.minutes.open"));
        link.setId("meeting-printable-minutes");
        link.addClassName("lw-button-link");
        return link;
    }

    /** "Sitzungsmodus" for those who manage the body, until the minutes are approved. */
    @org.springframework.stereotype.Component
    static class MeetingModeButton implements MeetingPageAction {

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Optional<Component> create(MeetingItem meeting, boolean canManage) {
            if (!canManage || meeting.state() == MeetingState.MINUTES_APPROVED) {
                return Optional.empty();
            }
            var mode = new Button();
            mode.setText(mode.getTranslation("meeting.mode"));
            mode.setIcon(VaadinIcon.PRESENTATION.create());
            mode.addClickListener(e -> mode.getUI().ifPresent(ui -> ui.navigate(MeetingModeView.class, meeting.id())));
            mode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            mode.setId("meeting-mode");
            return Optional.of(mode);
        }
    }

    /** The printable minutes, once the meeting has been held. */
    @org.springframework.stereotype.Component
    static class MinutesLink implements MeetingPageAction {

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<Component> create(MeetingItem meeting, boolean canManage) {
            if (meeting.state() == MeetingState.PLANNED) {
                return Optional.empty();
            }
            return Optional.of(minutes(meeting));
        }
    }
}
