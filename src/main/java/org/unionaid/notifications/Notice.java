package org.unionaid.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message to one user.
 *
 * @param kind a stable code for filtering, e.g. {@code LEAD_ASSIGNED}
 * @param messageKey the message text (with {0}, {1} … placeholders filled from {@code args})
 * @param link where the message leads, a path inside the application
 * @param email whether to send it by e-mail too (when the user has an address)
 */
public record Notice(long recipientUserId, String kind, String messageKey, List<String> args, @Nullable String link,
                     boolean email) {
}
