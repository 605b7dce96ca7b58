package de.lenkwerk.statusround;

import java.time.LocalDate;
import java.util.List;

/** An open round as one owner sees it under "Meine Maßnahmen": the body, the answer-by date, their actions. */
public record MyStatusRound(long roundId, String bodyName, LocalDate answerBy, List<RequestedAction> actions) {

    public MyStatusRound {
        actions = List.copyOf(actions);
    }
}
