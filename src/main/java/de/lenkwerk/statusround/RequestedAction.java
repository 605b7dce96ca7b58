package de.lenkwerk.statusround;

import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.IndicatorItem;

import java.time.LocalDateTime;
import java.util.List;

/** One action an owner is asked about: the action as it is now (with its version), its indicators, the answer. */
public record RequestedAction(long requestId, ActionDetail action, List<IndicatorItem> indicators,
                              LocalDateTime answeredAt) {

    public RequestedAction {
        indicators = List.copyOf(indicators);
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
