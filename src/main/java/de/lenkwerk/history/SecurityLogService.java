package de.lenkwerk.history;

import de.lenkwerk.base.Translations;
import de.lenkwerk.base.ui.Formats;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The administrator's security log: sign-ins, failures, locks, account changes and token use. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class SecurityLogService {

    /** An export holds at most this many lines, the newest; the filter narrows it down. */
    public static final int EXPORT_MAX = 50_000;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final SecurityEventRepository events;
    private final Translations translations;

    SecurityLogService(SecurityEventRepository events, Translations translations) {
        this.events = events;
        this.translations = translations;
    }

    public List<SecurityLogEntry> search(SecurityLogFilter filter, Pageable pageable) {
        var page = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST)
                : Pageable.unpaged(NEWEST_FIRST);
        return events.findAll(matching(filter), page).stream().map(SecurityEventRow::toEntry).toList();
    }

    public long count(SecurityLogFilter filter) {
        return events.count(matching(filter));
    }

    /**
     * The matching lines as CSV (UTF-8 with BOM, semicolons, as German Excel opens it). A cell that a spreadsheet
     * would take for a formula (=, +, -, @, tab, CR) gets a leading apostrophe, so typed user names stay text.
     */
    public byte[] exportCsv(SecurityLogFilter filter, Locale locale) {
        var out = new StringBuilder("\uFEFF");
        line(out, List.of(t(locale, "securitylog.when"), t(locale, "securitylog.type"),
                t(locale, "securitylog.account"), t(locale, "securitylog.account-id"), t(locale, "securitylog.actor"),
                t(locale, "securitylog.actor-id"), t(locale, "securitylog.old"), t(locale, "securitylog.new"),
                t(locale, "securitylog.detail")));
        for (var e : search(filter, PageRequest.of(0, EXPORT_MAX))) {
            line(out, java.util.Arrays.asList(Formats.dateTime(e.occurredAt(), locale),
                    t(locale, "enum.SecurityEvent.Type." + e.type().name()), e.username(), text(e.accountId()),
                    e.actorName(), text(e.actorAccountId()), e.oldValue(), e.newValue(), e.detail()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String t(Locale locale, String key) {
        return translations.text(locale, key);
    }

    private static String text(Long id) {
        return id == null ? "" : id.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var first = value.charAt(0);
        var safe = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static Specification<SecurityEventRow> matching(SecurityLogFilter filter) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (!filter.types().isEmpty()) {
                where.add(root.get("type").in(filter.types()));
            }
            if (!filter.account().isBlank()) {
                var pattern = "%" + filter.account().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.like(cb.lower(root.get("username")), pattern, '\\'));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
