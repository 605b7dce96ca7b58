package de.lenkwerk.history;

import de.lenkwerk.base.RecordChanged;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The history's side of the modules it depends on: organisations, people and accounts publish {@link RecordChanged},
 * the security module {@link SecurityEvent}. Both are written inside the publisher's transaction, so an entry exists
 * exactly when the change does.
 */
@Component
class AuditEvents {

    private final HistoryService history;
    private final SecurityEventRepository securityEvents;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditEvents(HistoryService history, SecurityEventRepository securityEvents, CurrentUser currentUser, Clock clock) {
        this.history = history;
        this.securityEvents = securityEvents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onRecordChanged(RecordChanged event) {
        var ref = new RecordRef(RecordType.valueOf(event.recordType()), event.recordId(), null, null);
        var before = new Snapshot();
        event.before().forEach(before::put);
        var after = new Snapshot();
        event.after().forEach(after::put);
        // a field that disappears counts as changed to nothing
        event.before().keySet().stream().filter(k -> !event.after().containsKey(k)).forEach(k -> after.put(k, null));
        history.recordChanges(ref, before, after);
    }

    @EventListener
    @Transactional
    public void onSecurityEvent(SecurityEvent event) {
        securityEvents.save(new SecurityEventRow(event, actorOf(event), LocalDateTime.now(clock)));
    }

    /**
     * Whoever is signed in acts; while nobody is (the sign-in itself), the one signing in: the account that succeeded,
     * or the name that was typed.
     */
    private Actor actorOf(SecurityEvent event) {
        var accountId = currentUser.actorAccountId();
        if (accountId.isPresent()) {
            return new Actor(accountId.get(), currentUser.actorName());
        }
        var signingIn = switch (event.type()) {
            case SIGN_IN, SIGN_IN_FAILED, LOCKED, TOKEN_USED -> true;
            default -> false;
        };
        if (signingIn) {
            var succeeded = event.type() == SecurityEvent.Type.SIGN_IN || event.type() == SecurityEvent.Type.TOKEN_USED;
            return new Actor(succeeded ? event.accountId() : null,
                    event.username() == null || event.username().isBlank() ? "?" : event.username());
        }
        return new Actor(null, currentUser.actorName());
    }
}
