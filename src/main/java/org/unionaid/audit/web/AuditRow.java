package org.unionaid.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionaid.audit.AuditEventView;
import org.unionaid.shared.time.Times;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audit event as the page shows it: the time in the application's zone (the date filter counts its days
 * there too) and the
 * before/after JSON as key → value pairs.
 */
public record AuditRow(AuditEventView event, String time, Map<String, String> before, Map<String, String> after) {

    static AuditRow of(AuditEventView event, JsonMapper json, Times times) {
        return new AuditRow(event, times.formatSeconds(event.occurredAt()), values(event.before(), json),
                values(event.after(), json));
    }

    /** A JSON object as key → text; nested values stay JSON; anything unreadable is shown as it is. */
    static Map<String, String> values(@Nullable String text, JsonMapper json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        try {
            Map<?, ?> parsed = json.readValue(text, Map.class);
            parsed.forEach((key, value) -> values.put(String.valueOf(key), value == null ? "null"
                    : value instanceof String s ? s
                    : value instanceof Number || value instanceof Boolean ? value.toString()
                    : json.writeValueAsString(value)));
        } catch (JacksonException e) {
            values.put("", text);
        }
        return values;
    }
}
