package de.lenkwerk.action;

import java.time.LocalDate;

/** An open action's deadline and who answers for it, for reminders and calendars. */
public record DeadlineItem(long actionId, String number, String title, long bodyId, long ownerPersonId,
                           Long deputyPersonId, LocalDate deadline) {
}
