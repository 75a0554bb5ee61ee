package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.Today;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

class ReviewRemindersIntegrationTests extends IntegrationTestSupport {

    @Autowired
    ReviewReminders reminders;

    @Autowired
    HardshipFiles files;

    @Autowired
    People registry;

    @Autowired
    org.unionaid.people.Households households;

    @Autowired
    UserDetailsService users;

    @Test
    void caseworkerIsRemindedOnceOfAReviewDueThisMonthAndOfAnOverdueOne() {
        TestFiles testFiles = new TestFiles(new TestPeople(registry, users, jdbc), registry, households, files, jdbc);
        HardshipFileView due = testFiles.open("caseworker", "SN-XA-YT");
        HardshipFileView overdue = testFiles.open("caseworker", "SN-XA-YT");
        HardshipFileView later = testFiles.open("caseworker", "SN-XA-YT");
        activeWithReviewOn(due.id(), Today.date().withDayOfMonth(Today.date().lengthOfMonth()));
        activeWithReviewOn(overdue.id(), Today.date().minusMonths(2));
        activeWithReviewOn(later.id(), Today.date().plusMonths(2));

        reminders.remindDueThisMonth();
        reminders.remindDueThisMonth();

        long caseworker = jdbc.queryForObject("select id from user_account where username = 'caseworker'", Long.class);
        assertThat(messagesFor(caseworker, due.id())).containsExactly("review.notification.due");
        assertThat(messagesFor(caseworker, overdue.id())).containsExactly("review.notification.overdue");
        assertThat(messagesFor(caseworker, later.id())).isEmpty();
    }

    private void activeWithReviewOn(long fileId, LocalDate due) {
        jdbc.update("update hardship_file set state = 'ACTIVE', next_review_due = ? where id = ?", due, fileId);
    }

    private java.util.List<String> messagesFor(long user, long fileId) {
        return jdbc.queryForList("select message_key from notification where recipient_user_id = ? and link = ?",
                String.class, user, "/hardship/files/" + fileId);
    }
}
