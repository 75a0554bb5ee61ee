/**
 * Notifications: an in-app inbox per user and an e-mail outbox table sent by a scheduled job (one
 * instance at a time through ShedLock). Other modules call {@link
 * org.unionaid.notifications.Notifications#notify} inside their own transaction, so a message
 * exists exactly when the change it reports was committed.
 */
@ApplicationModule(allowedDependencies = {"shared", "users"})
@NullMarked
package org.unionaid.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
