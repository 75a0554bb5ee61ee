package org.unionaid.notifications.domain;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipientUserId = :user order by n.createdAt desc, n.id desc")
    Page<Notification> inbox(@Param("user") long userId, Pageable pageable);

    @Query("select count(n) from Notification n where n.recipientUserId = :user and n.readAt is null")
    long countUnread(@Param("user") long userId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientUserId = :user and n.readAt is null")
    int markAllRead(@Param("user") long userId, @Param("now") Instant now);
}
