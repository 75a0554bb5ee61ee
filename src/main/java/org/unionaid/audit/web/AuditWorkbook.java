package org.unionaid.audit.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.unionaid.audit.AuditEventView;
import org.unionaid.shared.excel.Spreadsheets;

/**
 * The filtered audit rows as an .xlsx sheet, headers in the user's language; the time is a date-time cell in
 * the application's zone, the other values text (neutralised by {@link Spreadsheets}).
 */
final class AuditWorkbook {

    private static final List<String> HEADERS = List.of("audit.time", "audit.actor", "audit.entityType",
            "audit.entityId", "audit.action", "audit.before", "audit.after", "audit.reason");

    private AuditWorkbook() {
    }

    static byte[] of(List<AuditEventView> events, MessageSource messages, Locale locale, ZoneId zone) {
        return Spreadsheets.write(messages.getMessage("audit.title", null, locale),
                HEADERS.stream().map(h -> messages.getMessage(h, null, locale)).toList(),
                events.stream().map(e -> Arrays.asList(e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.before(), e.after(), e.reason())).toList(), zone);
    }
}
