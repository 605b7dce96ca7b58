package de.lenkwerk.action;

import java.util.List;

/** An action of a published body with its traffic light and indicators, for the OParl interface. */
public record PublicAction(ActionListItem action, List<IndicatorItem> indicators) {

    public PublicAction {
        indicators = List.copyOf(indicators);
    }
}
