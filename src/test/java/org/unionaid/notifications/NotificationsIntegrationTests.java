package org.unionaid.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

class NotificationsIntegrationTests extends IntegrationTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notifications notifications;

    @Autowired
    EmailOutboxSender sender;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TransactionTemplate tx;

    private long userId;
    private String username;

    @BeforeEach
    void recipient() {
        // sends nothing left over from other tests to this test's mailbox
        sender.sendPending();
        smtp.reset();
        username = "notified" + System.nanoTime();
        long branch = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        userId = users.create(new CreateUser(username, "a-good-password", "收件人 Recipient", branch,
                Set.of(Role.CASEWORKER), username + "@example.org", null)).id();
        jdbc.update("update user_account set locale = 'en' where id = ?", userId);
    }

    @Test
    void inboxShowsTheMessageInTheReadersLanguageAndOpeningItMarksItRead() throws Exception {
        long id = tx.execute(s -> notifications.notify(new Notice(userId, "LEAD_ASSIGNED", "notification.open",
                List.of(), "/inbox", false))).id();

        mvc.perform(get("/inbox/count").with(user(userDetails.loadUserByUsername(username))))
                .andExpect(content().string(containsString(">1<")));
        mvc.perform(get("/inbox").with(user(userDetails.loadUserByUsername(username))).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("查看")));
        mvc.perform(post("/inbox/{id}/read", id).with(user(userDetails.loadUserByUsername(username))).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));
        assertThat(notifications.unreadCount(userId)).isZero();
    }

    @Test
    void anotherUsersMessageCannotBeOpened() throws Exception {
        long id = tx.execute(s -> notifications.notify(new Notice(userId, "X", "notification.open", List.of(),
                null, false))).id();
        mvc.perform(post("/inbox/{id}/read", id).with(user(userDetails.loadUserByUsername("caseworker"))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(userId)).isEqualTo(1);
    }

    @Test
    void emailIsQueuedInTheTransactionAndSentByTheScheduledJobThroughSmtp() throws Exception {
        tx.executeWithoutResult(s -> notifications.notify(new Notice(userId, "REVIEW_DUE", "notification.allRead",
                List.of(), "/inbox", true)));
        assertThat(jdbc.queryForObject("select count(*) from email_outbox where recipient = ? and sent_at is null",
                Integer.class, username + "@example.org")).isEqualTo(1);

        sender.sendPendingOnSchedule();

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(username + "@example.org");
        assertThat(received.getSubject()).isEqualTo("UnionAid: All messages are marked as read.");
        assertThat((String) received.getContent()).contains("Dear 收件人 Recipient").contains("/inbox");
        assertThat(jdbc.queryForObject("select sent_at is not null from email_outbox where recipient = ?",
                Boolean.class, username + "@example.org")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'email-outbox'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void rolledBackChangeLeavesNoMessage() {
        try {
            tx.executeWithoutResult(s -> {
                notifications.notify(new Notice(userId, "X", "notification.open", List.of(), null, true));
                throw new IllegalStateException("the business change failed");
            });
        } catch (IllegalStateException expected) {
            // the notification must vanish with the change it reported
        }
        assertThat(notifications.unreadCount(userId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from email_outbox where recipient = ?", Integer.class,
                username + "@example.org")).isZero();
    }
}
