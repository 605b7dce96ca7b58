package de.lenkwerk.paper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rule of a responsibility matrix: every row has exactly one party that is accountable for the result (V) and
 * at least one that does the work (D). A draft may break it; adoption may not.
 */
public final class MatrixRule {

    private MatrixRule() {
    }

    /** The reasons a row with this task and these cells (roles per party) breaks the rule; empty when it keeps it. */
    public static List<RuleBreak> check(String task, Collection<Set<PaperRole>> cells) {
        var breaks = new ArrayList<RuleBreak>();
        if (task == null || task.isBlank()) {
            breaks.add(RuleBreak.NO_TASK);
        }
        var accountable = cells.stream().filter(c -> c.contains(PaperRole.ACCOUNTABLE)).count();
        var responsible = cells.stream().filter(c -> c.contains(PaperRole.DOES)).count();
        if (accountable == 0) {
            breaks.add(RuleBreak.NO_ACCOUNTABLE);
        } else if (accountable > 1) {
            breaks.add(RuleBreak.SEVERAL_ACCOUNTABLE);
        }
        if (responsible == 0) {
            breaks.add(RuleBreak.NO_RESPONSIBLE);
        }
        return List.copyOf(breaks);
    }
}
