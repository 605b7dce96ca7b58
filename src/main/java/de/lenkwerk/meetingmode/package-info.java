/**
 * The live meeting: meeting mode on the projector (review of open actions with the committee's decisions, live
 * capture of new agreements, agenda notes, closing) and the printable minutes. It sits above meetings and actions
 * and joins the meeting page through {@link de.lenkwerk.meeting.ui.MeetingPageAction} and
 * {@link de.lenkwerk.meeting.ui.MeetingPageSection}.
 */
@ApplicationModule(displayName = "Meeting mode and minutes",
        allowedDependencies = {"base", "security", "organisation", "organisation::ui", "body", "meeting", "meeting::ui",
                "action", "action::ui"})
package de.lenkwerk.meetingmode;

import org.springframework.modulith.ApplicationModule;
