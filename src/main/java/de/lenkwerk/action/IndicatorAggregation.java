package de.lenkwerk.action;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How the values of an indicator add up, over the categories of one measurement and over time. Pure arithmetic.
 * <ul>
 *   <li>{@link #LEVEL}: each value is the current level (enrolled people, open places); the latest counts, and the
 *   categories of one measurement add up to the total.</li>
 *   <li>{@link #PERIOD_SUM}: each value is a count for a period (participants per training day); values add up over
 *   time and over categories.</li>
 *   <li>{@link #RATE_AVERAGE}: a share or rate (percent placed); averaged over time and over categories.</li>
 *   <li>{@link #RATE_LATEST}: a share or rate whose latest value counts; categories are averaged.</li>
 * </ul>
 */
public enum IndicatorAggregation {
    LEVEL, PERIOD_SUM, RATE_AVERAGE, RATE_LATEST;

    /** The total of one measurement from its values per category; null without values. */
    public BigDecimal acrossCategories(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return isRate() ? mean(sum, values.size()) : sum;
    }

    /** The indicator's value after each of the given values (oldest first): the trajectory the chart draws. */
    public List<BigDecimal> running(List<BigDecimal> valuesOldestFirst) {
        var result = new ArrayList<BigDecimal>(valuesOldestFirst.size());
        var sum = BigDecimal.ZERO;
        for (int i = 0; i < valuesOldestFirst.size(); i++) {
            var value = valuesOldestFirst.get(i);
            sum = sum.add(value);
            result.add(switch (this) {
                case LEVEL, RATE_LATEST -> value;
                case PERIOD_SUM -> sum;
                case RATE_AVERAGE -> mean(sum, i + 1);
            });
        }
        return result;
    }

    /** The indicator's current value from all its values (oldest first); null without values. */
    public BigDecimal overTime(List<BigDecimal> valuesOldestFirst) {
        var running = running(valuesOldestFirst);
        return running.isEmpty() ? null : running.getLast();
    }

    public boolean isRate() {
        return this == RATE_AVERAGE || this == RATE_LATEST;
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
