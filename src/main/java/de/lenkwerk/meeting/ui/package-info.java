/** Meeting pages, and {@link de.lenkwerk.meeting.ui.MeetingPageSection} through which actions join them. */
@NamedInterface("ui")
package de.lenkwerk.meeting.ui;

import org.springframework.modulith.NamedInterface;
