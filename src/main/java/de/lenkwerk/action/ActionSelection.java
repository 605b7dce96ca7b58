package de.lenkwerk.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actions of one {@link ActionScope} in number order, fixed when a report starts, so that all its sheets show the
 * same actions. Only {@link ActionReportRows} makes one; it cannot be built from ids outside the action module.
 */
public final class ActionSelection {

    private final ActionScope scope;
    private final List<Long> ids;
    private final Map<Long, String> numbers;

    /** {@code numbers}: action id to number, in number order. */
    ActionSelection(ActionScope scope, LinkedHashMap<Long, String> numbers) {
        this.scope = scope;
        this.ids = List.copyOf(numbers.keySet());
        this.numbers = numbers;
    }

    public ActionScope scope() {
        return scope;
    }

    public int size() {
        return ids.size();
    }

    String number(long id) {
        return numbers.get(id);
    }

    /** The ids in chunks, so that every query has a bounded {@code in} list and memory stays flat. */
    List<List<Long>> chunks(int size) {
        var result = new ArrayList<List<Long>>();
        for (int i = 0; i < ids.size(); i += size) {
            result.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return result;
    }
}
