package de.lenkwerk.action;

import java.util.List;

/**
 * What a meeting changed, for its closing and its minutes: the decisions on existing actions, the actions agreed
 * in it, and the deadlines it moved (old → new with the reason).
 */
public record MeetingSummary(List<DecisionItem> decisions, List<ActionListItem> newActions) {

    public List<DecisionItem> changedDeadlines() {
        return decisions.stream().filter(d -> d.kind() == DecisionKind.NEW_DEADLINE).toList();
    }
}
