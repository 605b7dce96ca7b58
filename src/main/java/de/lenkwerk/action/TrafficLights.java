package de.lenkwerk.action;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Evaluates the traffic light of actions and stores it for lists and filters. Every change re-evaluates its
 * action at once; because the light also moves with the calendar, all actions are re-evaluated at start-up and
 * every night (ADR 003).
 */
@Component
class TrafficLights {

    private static final Logger log = LoggerFactory.getLogger(TrafficLights.class);
    private static final int BATCH = 500;

    private final ActionRepository actions;
    private final IndicatorRepository indicators;
    private final TrafficLightRule rule;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TrafficLights(ActionRepository actions, IndicatorRepository indicators, TrafficLightSettings settings,
                  TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actions = actions;
        this.indicators = indicators;
        this.rule = new TrafficLightRule(settings);
        this.transactions = transactions;
    }

    TrafficLight derive(Action action) {
        var today = LocalDate.now(clock);
        var reasons = indicators.findByActionIdOrderById(action.getId()).stream()
                .flatMap(i -> i.reasons(today).stream()).toList();
        return rule.evaluate(action.facts(reasons), today);
    }

    /** Re-evaluates and stores one action's light; returns the effective light. */
    TrafficLight refresh(Action action) {
        return store(action, derive(action));
    }

    private TrafficLight store(Action action, TrafficLight derived) {
        var effective = action.effective(derived);
        actions.storeTrafficLight(action.getId(), effective.colour(), effective.encodeReasons());
        return effective;
    }

    /**
     * At start-up and every night, on one instance at a time when several share the database. The lock is held for at
     * least a minute: a quick run would otherwise free it before the other node, a little behind, reaches the same due
     * time (the two-node script saw one due time run on both nodes).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${lenkwerk.traffic-light.refresh-cron:0 5 0 * * *}", zone = "${lenkwerk.time-zone:Europe/Berlin}")
    @SchedulerLock(name = "traffic-lights", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void refreshAllOnSchedule() {
        refreshAll();
    }

    /** Re-evaluates every light now; an administrator's explicit request runs even while the nightly job does. */
    public void refreshAll() {
        var today = LocalDate.now(clock);
        int page = 0;
        int total = 0;
        while (true) {
            var pageNumber = page;
            var done = transactions.execute(status -> {
                var batch = actions.findPage(PageRequest.of(pageNumber, BATCH));
                // milestones come batched with the indicators (@BatchSize), not one query per indicator
                var reasonsByAction = indicators.findByActionIdIn(batch.stream().map(Action::getId).toList()).stream()
                        .sorted(java.util.Comparator.comparing(Indicator::getId))
                        .collect(Collectors.groupingBy(Indicator::getActionId,
                                Collectors.flatMapping(i -> i.reasons(today).stream(), Collectors.toList())));
                // one JDBC batch per page instead of one statement per action
                var rows = batch.stream().map(a -> {
                    var light = a.effective(rule.evaluate(a.facts(reasonsByAction.getOrDefault(a.getId(), List.of())), today));
                    return new Object[]{light.colour().name(), light.encodeReasons(), a.getId()};
                }).toList();
                jdbc.batchUpdate("update action set rag = ?, rag_reason = ? where id = ?", rows);
                return batch.size();
            });
            total += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                break;
            }
            page++;
        }
        log.info("Traffic lights of {} actions re-evaluated", total);
    }
}
