package org.unionaid.notifications;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One inbox message; {@code messageKey} and {@code args} are rendered in the reader's language. */
public record NotificationView(long id, String kind, String messageKey, List<String> args, @Nullable String link,
                               Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
