package de.lenkwerk.statusround;

import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.TrafficLight;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What the answer page of a personal link shows, and nothing more: the person, the body's name, the message, the
 * end date, what is asked, and per requested action what is needed to answer.
 */
public record LinkPage(String personName, Locale language, String bodyName, String message, LocalDate endsOn,
                       StatusLinkRequest.Asks asks, List<Item> actions) {

    public LinkPage {
        actions = List.copyOf(actions);
    }

    /** One requested action; {@code reasonRequired} when its light is red or its deadline has passed. */
    public record Item(long actionId, long version, String number, String title, LocalDate deadline,
                       ActionStatus status, int progress, boolean progressRolledUp, TrafficLight trafficLight,
                       List<IndicatorItem> indicators, boolean reasonRequired, LocalDateTime answeredAt) {

        public Item {
            indicators = List.copyOf(indicators);
        }
    }
}
