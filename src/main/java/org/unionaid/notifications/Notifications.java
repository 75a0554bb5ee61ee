package org.unionaid.notifications;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.notifications.domain.Notification;
import org.unionaid.notifications.domain.NotificationRepository;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.users.Users;
import org.unionaid.users.Users.UserContact;

/** The inbox and the e-mail outbox. */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository notifications;
    private final Users users;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Users users, MessageSource messages,
                           JdbcTemplate jdbc, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.messages = messages;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Puts a message in the user's inbox and, when asked and the user has an e-mail address, in the
     * e-mail outbox rendered in the user's language. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public NotificationView notify(Notice notice) {
        Notification saved = notifications.save(new Notification(notice.recipientUserId(), notice.kind(),
                notice.messageKey(), notice.args(), notice.link(), clock.instant()));
        if (notice.email()) {
            users.contactOf(notice.recipientUserId())
                    .filter(c -> c.email() != null && !c.email().isBlank())
                    .ifPresent(contact -> queueEmail(contact, notice));
        }
        notifications.flush();
        return saved.toView();
    }

    private void queueEmail(UserContact contact, Notice notice) {
        Locale locale = contact.locale() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(contact.locale());
        String text = messages.getMessage(notice.messageKey(), notice.args().toArray(), locale);
        String subject = messages.getMessage("notification.email.subject", new Object[] {text}, locale);
        String body = messages.getMessage("notification.email.body", new Object[] {contact.displayName(), text,
                properties.baseUrl() + (notice.link() == null ? "/inbox" : notice.link())}, locale);
        jdbc.update("insert into email_outbox (recipient, subject, body) values (?, ?, ?)",
                contact.email(), subject.length() > 300 ? subject.substring(0, 300) : subject, body);
    }

    @Transactional(readOnly = true)
    public Page<NotificationView> inbox(long userId, Pageable pageable) {
        return notifications.inbox(userId, pageable).map(Notification::toView);
    }

    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return notifications.countUnread(userId);
    }

    /** Marks one message read; another user's message is reported as not found. */
    public NotificationView markRead(long userId, long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.recipientUserId() == userId)
                .orElseThrow(() -> new RecordNotFoundException("Notification", notificationId));
        notification.markRead(clock.instant());
        return notification.toView();
    }

    public int markAllRead(long userId) {
        return notifications.markAllRead(userId, clock.instant());
    }
}
