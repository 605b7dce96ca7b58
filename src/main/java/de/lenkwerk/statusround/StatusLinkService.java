package de.lenkwerk.statusround;

import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.action.Rag;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.Translations;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.PersonalLinkActor;
import de.lenkwerk.security.SystemActor;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personal links (docs/adr/011-personal-status-links.md). The secretariat of a body asks one person, usually someone
 * without an account, about some of the body's actions; the person answers on a page that needs no sign-in. The
 * token in the address is the only credential, so: only its hash is stored, every request is rate-limited, an ended
 * link looks exactly like a wrong one, and every save is checked here against the link's actions and then goes
 * through the same path as a signed-in owner's answer ({@link StatusAnswers}), acting as the link's holder.
 * <p>
 * The secretariat's methods check access themselves; the page's methods ({@link #open}, {@link #answer}) need no
 * sign-in: the token stands for its person and its actions, nothing more.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class StatusLinkService {

    /** A request on its own runs this long by default; one in a round until a week after its answer-by date. */
    static final int DEFAULT_DAYS = 14;
    static final int ROUND_EXTRA_DAYS = 7;

    private final StatusLinkRepository links;
    private final StatusRoundRepository rounds;
    private final StatusRequestRepository requests;
    private final StatusAnswers answers;
    private final StatusLinkMail mail;
    private final LinkRateLimits limits;
    private final BodyAccess bodyAccess;
    private final BodyService bodies;
    private final ActionService actions;
    private final IndicatorService indicators;
    private final PersonService people;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final Translations translations;
    private final Clock clock;
    private final String contact;

    StatusLinkService(StatusLinkRepository links, StatusRoundRepository rounds, StatusRequestRepository requests,
                      StatusAnswers answers, StatusLinkMail mail, LinkRateLimits limits, BodyAccess bodyAccess,
                      BodyService bodies, ActionService actions, IndicatorService indicators, PersonService people,
                      AccountService accounts, NotificationService notifications, Translations translations,
                      Clock clock, @Value("${lenkwerk.status-link.contact}") String contact) {
        this.links = links;
        this.rounds = rounds;
        this.requests = requests;
        this.answers = answers;
        this.mail = mail;
        this.limits = limits;
        this.bodyAccess = bodyAccess;
        this.bodies = bodies;
        this.actions = actions;
        this.indicators = indicators;
        this.people = people;
        this.accounts = accounts;
        this.notifications = notifications;
        this.translations = translations;
        this.clock = clock;
        this.contact = contact;
    }

    // ---- the secretariat ----

    /** The links of a round, for its tracker; the body's chair and secretariat only. */
    public List<StatusLinkItem> forRound(long roundId) {
        var round = rounds.findById(roundId).orElseThrow(RecordNotFoundException::new);
        bodyAccess.requireManage(round.getBodyId());
        var found = links.findByRoundIdOrderById(roundId);
        var withoutAccess = accounts.withoutAccess(found.stream().map(StatusLink::getPersonId).toList());
        return found.stream().map(l -> item(l, round.isOpen(), withoutAccess.contains(l.getPersonId())))
                .sorted(Comparator.comparing(StatusLinkItem::personName)).toList();
    }

    /** The links the body asked on their own (from its actions list, outside any round); chair and secretariat only. */
    public List<StatusLinkItem> standaloneOfBody(long bodyId) {
        bodyAccess.requireManage(bodyId);
        var found = links.findByBodyIdAndRoundIdIsNullOrderById(bodyId);
        var withoutAccess = accounts.withoutAccess(found.stream().map(StatusLink::getPersonId).toList());
        return found.stream().map(l -> item(l, true, withoutAccess.contains(l.getPersonId())))
                .sorted(Comparator.comparing(StatusLinkItem::endsOn).reversed()
                        .thenComparing(StatusLinkItem::personName)).toList();
    }

    /** The default end of a link in this round: a week after the answer-by date. */
    public LocalDate defaultEndsOn(Long roundId) {
        if (roundId == null) {
            return LocalDate.now(clock).plusDays(DEFAULT_DAYS);
        }
        return rounds.findById(roundId).map(r -> r.getAnswerBy().plusDays(ROUND_EXTRA_DAYS))
                .orElseThrow(RecordNotFoundException::new);
    }

    /**
     * Asks one person through a personal link, inside an open round of the body or ({@code roundId} null) on its
     * own. The mail goes out once the transaction has committed.
     */
    @Transactional
    public IssuedLink create(long bodyId, Long roundId, @Valid StatusLinkRequest request) {
        bodyAccess.requireManage(bodyId);
        if (roundId != null) {
            var round = rounds.findById(roundId).orElseThrow(RecordNotFoundException::new);
            if (round.getBodyId() != bodyId) {
                throw new RecordNotFoundException();
            }
            if (!round.isOpen()) {
                throw new UserFacingException("statusround.error.closed");
            }
        }
        var person = people.get(request.personId()).orElseThrow(() -> new UserFacingException("statuslink.error.person"));
        if (person.email() == null || person.email().isBlank()) {
            throw new UserFacingException("statuslink.error.no-email");
        }
        if (!request.asks().any()) {
            throw new UserFacingException("statuslink.error.nothing-asked");
        }
        if (request.endsOn().isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("statuslink.error.ends-past");
        }
        for (var actionId : request.actionIds()) {
            var action = actions.get(actionId);
            if (action.bodyId() != bodyId) {
                throw new UserFacingException("statuslink.error.other-body");
            }
        }
        var language = request.language() != null && SupportedLocales.ALL.contains(request.language())
                ? request.language() : notifications.languageOf(person.id());
        var token = StatusLinkTokens.newToken();
        var link = links.saveAndFlush(new StatusLink(roundId, bodyId, person.id(), StatusLinkTokens.hash(token),
                request, language.toLanguageTag()));
        mail.recordStep(link, "created", person.fullName());
        var mailed = mail.sendAfterCommit(link, person, token, bodies.get(bodyId).name());
        return new IssuedLink(item(link, true, isWithoutAccess(person.id())), mail.address(token), mailed);
    }

    /** A new link for the same request; the old one stops working at once. */
    @Transactional
    public IssuedLink resend(long linkId) {
        var link = managed(linkId);
        requireUsable(link, false);
        return resendOne(link);
    }

    private IssuedLink resendOne(StatusLink link) {
        var linkId = link.getId();
        var person = person(link);
        var token = StatusLinkTokens.newToken();
        links.replaceToken(link.getId(), StatusLinkTokens.hash(token));
        mail.recordStep(link, "resent", person.fullName());
        var mailed = mail.sendAfterCommit(link, person, token, bodies.get(link.getBodyId()).name());
        var fresh = links.findById(linkId).orElseThrow(RecordNotFoundException::new);
        return new IssuedLink(item(fresh, true, isWithoutAccess(person.id())), mail.address(token), mailed);
    }

    /** Reminds the person of the link they already have (the mail carries no link: only its hash is known). */
    @Transactional
    public void remind(long linkId) {
        var link = managed(linkId);
        requireUsable(link, true);
        remindOne(link);
    }

    /** Reminds everyone in the round whose link still works and who has not answered yet. */
    @Transactional
    public int remindAllMissing(long roundId) {
        return allMissingOfRound(roundId, LinkBatch.REMIND).done();
    }

    /**
     * Reminds, sends again or revokes every link of the round whose person has not answered yet, where the step
     * applies; the others count as skipped.
     */
    @Transactional
    public LinkBatchResult allMissingOfRound(long roundId, LinkBatch step) {
        var round = rounds.findById(roundId).orElseThrow(RecordNotFoundException::new);
        bodyAccess.requireManage(round.getBodyId());
        if (!round.isOpen()) {
            throw new UserFacingException("statusround.error.closed");
        }
        return allMissing(links.findByRoundIdOrderById(roundId), step);
    }

    /** The same for the links the body asked on their own, outside any round. */
    @Transactional
    public LinkBatchResult allMissingOfBody(long bodyId, LinkBatch step) {
        bodyAccess.requireManage(bodyId);
        return allMissing(links.findByBodyIdAndRoundIdIsNullOrderById(bodyId), step);
    }

    private LinkBatchResult allMissing(List<StatusLink> candidates, LinkBatch step) {
        var today = LocalDate.now(clock);
        var done = 0;
        var skipped = 0;
        var issued = new ArrayList<IssuedLink>();
        for (var link : candidates) {
            if (link.getAnsweredAt() != null) {
                continue;
            }
            // the round is open (checked by the caller), so only the link's own end and revocation count
            var applies = switch (step) {
                case REMIND, REVOKE -> link.isValidOn(today, true);
                case RESEND -> link.getRevokedAt() == null && !link.getEndsOn().isBefore(today);
            };
            if (!applies) {
                skipped++;
                continue;
            }
            switch (step) {
                case REMIND -> remindOne(link);
                case RESEND -> issued.add(resendOne(link));
                case REVOKE -> revokeOne(link);
            }
            done++;
        }
        return new LinkBatchResult(step, done, skipped, issued, mail.isConfigured());
    }

    /** The link stops working at once; the person sees the neutral page. */
    @Transactional
    public void revoke(long linkId) {
        var link = managed(linkId);
        if (!revokeOne(link)) {
            throw new UserFacingException("statuslink.error.revoked");
        }
    }

    private boolean revokeOne(StatusLink link) {
        if (links.revoke(link.getId(), LocalDateTime.now(clock)) == 0) {
            return false;
        }
        mail.recordStep(link, "revoked", person(link).fullName());
        return true;
    }

    // ---- the person with the link (no sign-in) ----

    /**
     * The answer page for a token. Empty for a wrong, expired or revoked token or a closed round, all alike.
     *
     * @throws UserFacingException when this token or this client address made too many requests
     */
    @Transactional
    public Optional<LinkPage> open(String token, String clientAddress) {
        return valid(token, clientAddress).map(link -> {
            var now = LocalDateTime.now(clock);
            if (links.markOpened(link.getId(), now) > 0) {
                asHolder(link, "statuslink.actor.opened", () -> {
                    mail.recordStep(link, "opened", person(link).fullName());
                    return null;
                });
            }
            return asHolder(link, "statuslink.actor.answered", () -> page(link));
        });
    }

    /**
     * Saves one answer for one action of the link, through the owner's answering path, acting as the link's holder.
     * An action outside the link is "not found", whatever the page sent. The person may save again until the end.
     *
     * @return the page as it is after the save
     * @throws StatusLinkEndedException when the link is no longer valid (the page then shows the neutral text)
     */
    @Transactional
    public LinkPage answer(String token, String clientAddress, LinkAnswer answer) {
        var link = valid(token, clientAddress).orElseThrow(StatusLinkEndedException::new);
        if (answer == null || !link.getActionIds().contains(answer.actionId())) {
            throw new RecordNotFoundException();
        }
        return asHolder(link, "statuslink.actor.answered", () -> {
            var action = actions.get(answer.actionId());
            var report = report(link, action, answer);
            var measurements = link.asks().indicators() ? answer.measurements() : List.<MeasurementAnswer>of();
            answers.save(action.id(), answer.actionVersion(), report, measurements);
            var now = LocalDateTime.now(clock);
            links.markAnswered(link.getId(), now);
            links.markActionAnswered(link.getId(), action.id(), now);
            if (link.getRoundId() != null) {
                requests.markAnswered(link.getRoundId(), action.id(), now);
            }
            mail.recordStep(link, Set.of(action.id()), "answered", person(link).fullName());
            return page(link);
        });
    }

    /** Whom to ask when a link does not work: the same for every link, so it says nothing about this one. */
    public String contact() {
        return contact;
    }

    // ---- round start and close ----

    /**
     * At the start of a round, everyone without access who owns open actions and has an address gets a personal
     * link instead of the in-app notice they would never see. Returns the people who got one.
     */
    @Transactional
    Set<Long> createForRoundStart(StatusRound round, Map<Long, List<Long>> actionsByOwner) {
        var without = accounts.withoutAccess(actionsByOwner.keySet());
        var asked = new java.util.HashSet<Long>();
        for (var owner : without) {
            var person = people.get(owner).orElse(null);
            if (person == null || person.email() == null || person.email().isBlank()) {
                continue;
            }
            create(round.getBodyId(), round.getId(), new StatusLinkRequest(owner, Set.copyOf(actionsByOwner.get(owner)),
                    StatusLinkRequest.Asks.ALL, null, round.getAnswerBy().plusDays(ROUND_EXTRA_DAYS), null));
            asked.add(owner);
        }
        return asked;
    }

    /** The round closed: its links end, and the history says so. */
    @Transactional
    void roundClosed(long roundId) {
        for (var link : links.findByRoundIdOrderById(roundId)) {
            if (link.getRevokedAt() == null && links.markEndedRecorded(link.getId()) > 0) {
                mail.recordStep(link, "expired", person(link).fullName());
            }
        }
    }

    // ---- internals ----

    private Optional<StatusLink> valid(String token, String clientAddress) {
        var wellFormed = StatusLinkTokens.wellFormed(token);
        var hash = StatusLinkTokens.hash(wellFormed ? token : "");
        if (!limits.tryRequest(hash, clientAddress)) {
            throw new UserFacingException("statuslink.error.too-many");
        }
        var link = wellFormed ? links.findByTokenHash(hash) : Optional.<StatusLink>empty();
        if (link.isEmpty()) {
            limits.failed(clientAddress);
            return Optional.empty();
        }
        var found = link.get();
        var roundOpen = found.getRoundId() == null
                || rounds.findById(found.getRoundId()).map(StatusRound::isOpen).orElse(false);
        if (!found.isValidOn(LocalDate.now(clock), roundOpen)) {
            if (found.getRevokedAt() == null && links.markEndedRecorded(found.getId()) > 0) {
                SystemActor.run(() -> mail.recordStep(found, "expired", person(found).fullName()));
            }
            limits.failed(clientAddress);
            return Optional.empty();
        }
        return link;
    }

    private ProgressReport report(StatusLink link, ActionDetail action, LinkAnswer answer) {
        var asks = link.asks();
        var locale = Locale.forLanguageTag(link.getLanguage());
        var status = asks.status() ? answer.status() : action.status();
        if (status == null) {
            throw new UserFacingException("statuslink.error.status");
        }
        var progress = asks.progress() && !action.progressRolledUp() ? answer.progress() : Integer.valueOf(action.progress());
        if (progress == null || progress < 0 || progress > 100) {
            throw new UserFacingException("validation.range", 0, 100);
        }
        var text = asks.text() ? blankToNull(answer.text()) : null;
        if (asks.text() && text == null) {
            throw new UserFacingException("statuslink.error.text");
        }
        var reason = blankToNull(answer.reason());
        if (reasonRequired(action) && reason == null) {
            throw new UserFacingException("statuslink.error.reason");
        }
        if (reason != null && reason.length() > LinkAnswer.REASON_MAX) {
            throw new UserFacingException("validation.max-length", LinkAnswer.REASON_MAX);
        }
        var parts = new ArrayList<String>();
        if (text != null) {
            parts.add(text);
        }
        if (reason != null) {
            parts.add(translations.text(locale, "statuslink.report.reason", reason));
        }
        if (parts.isEmpty()) {
            parts.add(translations.text(locale, "statuslink.report.default"));
        }
        var combined = String.join("\n", parts);
        if (combined.length() > ProgressReport.TEXT_MAX) {
            throw new UserFacingException("validation.max-length", ProgressReport.TEXT_MAX);
        }
        return new ProgressReport(combined, status, progress);
    }

    /** Red, or past the deadline and not finished: then the person must say why. */
    private boolean reasonRequired(ActionDetail action) {
        var late = action.deadline() != null && LocalDate.now(clock).isAfter(action.deadline())
                && action.status() != ActionStatus.DONE && action.status() != ActionStatus.DROPPED;
        return action.trafficLight().colour() == Rag.RED || late;
    }

    private LinkPage page(StatusLink link) {
        var answered = new HashMap<Long, LocalDateTime>();
        for (var row : links.findActionAnswers(link.getId())) {
            answered.put(((Number) row[0]).longValue(), toLocalDateTime(row[1]));
        }
        var items = new ArrayList<LinkPage.Item>();
        for (var actionId : link.getActionIds()) {
            var action = actions.get(actionId);
            items.add(new LinkPage.Item(action.id(), action.version(), action.number(), action.title(),
                    action.deadline(), action.status(), action.progress(), action.progressRolledUp(),
                    action.trafficLight(), indicators.forAction(actionId), reasonRequired(action),
                    answered.get(actionId)));
        }
        items.sort(Comparator.comparing(LinkPage.Item::number));
        return new LinkPage(person(link).fullName(), Locale.forLanguageTag(link.getLanguage()),
                bodies.nameForAction(link.getBodyId()), link.getMessage(), link.getEndsOn(), link.asks(), items);
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** Runs as the link's holder: the history names them, and they may touch only the link's actions. */
    private <T> T asHolder(StatusLink link, String actorKey, java.util.function.Supplier<T> work) {
        var person = SystemActor.call(() -> person(link));
        var name = isWithoutAccessAsSystem(person.id())
                ? translations.text(SupportedLocales.DEFAULT, actorKey + ".without-access", person.fullName())
                : translations.text(SupportedLocales.DEFAULT, actorKey, person.fullName());
        return PersonalLinkActor.call(person.id(), name, link.getActionIds(), work);
    }

    private void remindOne(StatusLink link) {
        links.markReminded(link.getId(), LocalDateTime.now(clock));
        var person = person(link);
        mail.recordStep(link, "reminded", person.fullName());
        mail.remindAfterCommit(link, person, bodies.get(link.getBodyId()).name());
    }

    private void requireUsable(StatusLink link, boolean mustBeValid) {
        var round = link.getRoundId() == null ? null : rounds.findById(link.getRoundId()).orElse(null);
        if (round != null && !round.isOpen()) {
            throw new UserFacingException("statusround.error.closed");
        }
        if (link.getEndsOn().isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("statuslink.error.ended");
        }
        if (mustBeValid && link.getRevokedAt() != null) {
            throw new UserFacingException("statuslink.error.revoked");
        }
    }

    private StatusLink managed(long linkId) {
        var link = links.findById(linkId).orElseThrow(RecordNotFoundException::new);
        bodyAccess.requireManage(link.getBodyId());
        return link;
    }

    private PersonItem person(StatusLink link) {
        return SystemActor.call(() -> people.get(link.getPersonId())).orElseThrow(RecordNotFoundException::new);
    }

    private boolean isWithoutAccess(long personId) {
        return accounts.withoutAccess(List.of(personId)).contains(personId);
    }

    private boolean isWithoutAccessAsSystem(long personId) {
        return SystemActor.call(() -> isWithoutAccess(personId));
    }

    private StatusLinkItem item(StatusLink link, boolean roundOpen, boolean withoutAccess) {
        var person = people.get(link.getPersonId());
        return new StatusLinkItem(link.getId(), link.getRoundId(), link.getPersonId(),
                person.map(PersonItem::fullName).orElse("#" + link.getPersonId()),
                person.map(PersonItem::organisationName).orElse(null), withoutAccess, link.getActionIds().size(),
                link.getEndsOn(), link.getSentAt(), link.getFirstOpenedAt(), link.getAnsweredAt(),
                link.getRemindedAt(), link.getRevokedAt(), state(link, roundOpen));
    }

    private StatusLinkState state(StatusLink link, boolean roundOpen) {
        if (link.getRevokedAt() != null) {
            return StatusLinkState.REVOKED;
        }
        if (!link.isValidOn(LocalDate.now(clock), roundOpen)) {
            return StatusLinkState.ENDED;
        }
        if (link.getAnsweredAt() != null) {
            return StatusLinkState.ANSWERED;
        }
        if (link.getFirstOpenedAt() != null) {
            return StatusLinkState.OPENED;
        }
        return link.getSentAt() == null ? StatusLinkState.NOT_SENT : StatusLinkState.SENT;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
