package de.lenkwerk.action;

import java.util.ArrayList;
import java.util.List;

/**
 * The actions of one {@link ActionScope} in number order, fixed when a report starts, so that all its sheets show the
 * same actions. Only {@link ActionReportRows} makes one; it cannot be built from ids outside the action module.
 */
public final class ActionSelection {

    private final ActionScope scope;
    private final List<Long> ids;

    ActionSelection(ActionScope scope, List<Long> ids) {
        this.scope = scope;
        this.ids = List.copyOf(ids);
    }

    public ActionScope scope() {
        return scope;
    }

    public int size() {
        return ids.size();
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
