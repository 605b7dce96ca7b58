package de.lenkwerk.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The durable outbox of all mails. {@link #enqueue} writes the mail into table {@code mail_outbox} in the caller's
 * transaction, so it is stored exactly when the change that caused it is; after the commit one background thread
 * sends it, so no user waits for the SMTP server. A mail that could not go out (server down, slow, refusing) is
 * tried again after growing delays ({@code lenkwerk.mail.retry-delays}, measured with the injected clock); after the
 * last try it is FAILED and the administrator's settings page counts it. A mail whose process died before or while
 * sending stays WAITING (its claim runs out) and is sent at the next start or by the regular poll of any node.
 * Several nodes share the table: a node sends a mail only after it claimed the row with one conditional update.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    static final String WAITING = "WAITING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final int BODY_MAX = 20_000;
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final NotificationMailer mailer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final List<Duration> retryDelays;
    private final Duration claimFor;
    private final String node;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    MailOutbox(JdbcClient jdbc, NotificationMailer mailer, ApplicationEventPublisher events,
               PlatformTransactionManager transactionManager, Clock clock,
               @Value("${lenkwerk.mail.retry-delays:PT1M,PT5M,PT30M,PT2H,PT6H}") String retryDelays,
               @Value("${lenkwerk.mail.claim-for:PT5M}") Duration claimFor) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.events = events;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retryDelays = Arrays.stream(retryDelays.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Duration::parse).toList();
        this.claimFor = claimFor;
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** How many tries a mail gets: the first and one after each delay. */
    int maxAttempts() {
        return retryDelays.size() + 1;
    }

    /**
     * Stores one mail in the current transaction (or on its own without one) and has it sent after the commit.
     *
     * @param topic what {@link MailSent} reports back once it went out, or null
     */
    void enqueue(String to, String subject, String text, String topic, Long refId, String note) {
        var now = LocalDateTime.now(clock);
        var body = text.length() > BODY_MAX ? text.substring(0, BODY_MAX) : text;
        jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, topic, ref_id, note, state, attempts,
                            created_at, next_attempt_at)
                        values (:to, :subject, :body, :topic, :ref, :note, 'WAITING', 0, :now, :now)""")
                .param("to", to).param("subject", cut(subject, 1000)).param("body", body).param("topic", topic)
                .param("ref", refId).param("note", note == null ? null : cut(note, 700)).param("now", now)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    MailQueue queue() {
        return new MailQueue(count(WAITING), count(FAILED));
    }

    private long count(String state) {
        return jdbc.sql("select count(*) from mail_outbox where state = :state").param("state", state)
                .query(Long.class).single();
    }

    /** Sends what is due in the background thread; returns at once. Several wake-ups while it runs make one more run. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    queued.set(false);
                    try {
                        dispatchDue();
                    } catch (RuntimeException e) {
                        log.warn("Mail outbox run failed: {}", e.toString());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false);
            }
        }
    }

    /** At start-up: mails that a previous run left unsent (it died, or the server was down) go out now. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        wake();
    }

    /** Regularly, for retries that became due and for mails queued on another node. */
    @Scheduled(fixedDelayString = "${lenkwerk.mail.poll:PT20S}", initialDelayString = "${lenkwerk.mail.poll:PT20S}")
    void poll() {
        wake();
    }

    /**
     * Sends every mail that is due now, oldest first, and returns how many went out. Synchronised, so a call from a
     * test and the background thread never work side by side in one node; other nodes are kept off by the claims.
     */
    synchronized int dispatchDue() {
        if (!mailer.isConfigured()) {
            return 0;
        }
        var sent = 0;
        while (true) {
            var now = LocalDateTime.now(clock);
            var due = jdbc.sql("""
                            select id from mail_outbox where state = 'WAITING' and next_attempt_at <= :now
                              and (claimed_until is null or claimed_until < :now) order by id""")
                    .param("now", now).query(Long.class).list();
            if (due.isEmpty()) {
                return sent;
            }
            var progress = false;
            for (var id : due.subList(0, Math.min(BATCH, due.size()))) {
                var outcome = attempt(id);
                if (outcome != null) {
                    progress = true;
                    if (outcome) {
                        sent++;
                    }
                }
            }
            // failed rows wait for their next try and claimed rows belong to another node: one pass is enough
            if (!progress || due.size() <= BATCH) {
                return sent;
            }
        }
    }

    /** @return true if sent, false if it failed, null if another node claimed it first */
    private Boolean attempt(long id) {
        var now = LocalDateTime.now(clock);
        var claimed = jdbc.sql("""
                        update mail_outbox set claimed_until = :until, claimed_by = :node
                        where id = :id and state = 'WAITING' and (claimed_until is null or claimed_until < :now)""")
                .param("until", now.plus(claimFor)).param("node", cut(node, 100)).param("id", id).param("now", now)
                .update();
        if (claimed != 1) {
            return null;
        }
        var row = jdbc.sql("select recipient, subject, body, topic, ref_id, note, attempts from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6), rs.getInt(7)))
                .single();
        var error = mailer.deliver(row.to(), row.subject(), row.body());
        var after = LocalDateTime.now(clock);
        if (error == null) {
            separately.executeWithoutResult(status -> {
                jdbc.sql("""
                                update mail_outbox set state = 'SENT', sent_at = :now, attempts = attempts + 1,
                                    claimed_until = null, last_error = null where id = :id""")
                        .param("now", after).param("id", id).update();
                if (row.topic() != null && row.refId() != null) {
                    events.publishEvent(new MailSent(row.topic(), row.refId(), row.note()));
                }
            });
            return true;
        }
        var attempts = row.attempts() + 1;
        var last = attempts >= maxAttempts();
        jdbc.sql("""
                        update mail_outbox set state = :state, attempts = :attempts, next_attempt_at = :next,
                            claimed_until = null, last_error = :error where id = :id""")
                .param("state", last ? FAILED : WAITING).param("attempts", attempts)
                .param("next", last ? after : after.plus(retryDelays.get(attempts - 1)))
                .param("error", cut(error, 1000)).param("id", id).update();
        if (last) {
            log.warn("Mail {} to {} failed after {} tries, given up: {}", id, row.to(), attempts, error);
        } else {
            log.info("Mail {} to {} failed (try {} of {}), next try in {}: {}", id, row.to(), attempts, maxAttempts(),
                    retryDelays.get(attempts - 1), error);
        }
        return false;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(15, TimeUnit.SECONDS);
    }

    private record Row(String to, String subject, String body, String topic, Long refId, String note, int attempts) {
    }
}
