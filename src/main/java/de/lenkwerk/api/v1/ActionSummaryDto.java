package de.lenkwerk.api.v1;

import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;

import java.time.LocalDate;

/** An action in a list, as the actions list shows it. */
public record ActionSummaryDto(long id, String number, String title, long bodyId, String bodyShortName,
                               String ownerName, String ownerOrganisation, LocalDate deadline, ActionStatus status,
                               int progress, Rag rag) {

    static ActionSummaryDto of(ActionListItem a) {
        return new ActionSummaryDto(a.id(), a.number(), a.title(), a.bodyId(), a.bodyShortName(), a.ownerName(),
                a.ownerOrganisation(), a.deadline(), a.status(), a.progress(), a.rag());
    }
}
