package org.unionaid.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.unionaid.audit.AuditEventView;
import org.unionaid.shared.excel.TextWorkbook;

/** The filtered audit rows as an .xlsx sheet, headers in the user's language. */
final class AuditWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final List<String> HEADERS = List.of("audit.time", "audit.actor", "audit.entityType",
            "audit.entityId", "audit.action", "audit.before", "audit.after", "audit.reason");

    private AuditWorkbook() {
    }

    static byte[] of(List<AuditEventView> events, MessageSource messages, Locale locale) {
        return TextWorkbook.of(messages.getMessage("audit.title", null, locale),
                HEADERS.stream().map(h -> messages.getMessage(h, null, locale)).toList(),
                events.stream().map(e -> Arrays.asList(TIME.format(e.occurredAt()), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.before(), e.after(), e.reason())).toList());
    }
}
