package org.unionaid.notifications.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.unionaid.notifications.NotificationView;

@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_user_id")
    private long recipientUserId;

    private String kind;

    @Column(name = "message_key")
    private String messageKey;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "message_args")
    private String[] messageArgs;

    private @Nullable String link;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
        this.kind = "";
        this.messageKey = "";
        this.messageArgs = new String[0];
        this.createdAt = Instant.EPOCH;
    }

    public Notification(long recipientUserId, String kind, String messageKey, List<String> args, @Nullable String link,
                        Instant createdAt) {
        this.recipientUserId = recipientUserId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.messageArgs = args.toArray(String[]::new);
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long recipientUserId() {
        return recipientUserId;
    }

    public NotificationView toView() {
        if (id == null) {
            throw new IllegalStateException("notification not saved yet");
        }
        return new NotificationView(id, kind, messageKey, List.of(messageArgs), link, createdAt, readAt);
    }
}
