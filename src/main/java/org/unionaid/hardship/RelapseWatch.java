package org.unionaid.hardship;

import java.math.BigDecimal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.mutualaid.ClaimApproved;
import org.unionaid.shared.Money;

/**
 * The relapse watch (返贫监测) during a file's monitoring year: signs that the household may be back in hardship raise
 * a review task on its MONITORING file, with the trigger shown — a mutual-aid claim approved above
 * {@code unionaid.hardship.relapse-watch.claim-amount} (heard from {@link ClaimApproved} in the approving
 * transaction), an application to a hardship-related programme ({@link #applicationSubmitted}, called by the
 * programmes module), and a civil-affairs match (raised by the meanstest module's import through
 * {@link FileReviewTasks#raiseIfMonitoring}). A file in any other state gets no task.
 */
@Service
@Transactional
public class RelapseWatch {

    private final FileReviewTasks tasks;
    private final BigDecimal claimAmount;

    RelapseWatch(FileReviewTasks tasks, HardshipProperties properties) {
        this.tasks = tasks;
        this.claimAmount = properties.relapseWatch().claimAmount();
    }

    /** A worker applied to a hardship-related programme (medical, living, holiday relief, student aid). */
    public void applicationSubmitted(long workerId, String reference, String programmeName) {
        tasks.raiseIfMonitoring(workerId, ReviewTrigger.RELAPSE_APPLICATION, reference + " " + programmeName,
                "APPLICATION:" + reference);
    }

    @EventListener
    void claimApproved(ClaimApproved event) {
        if (event.approvedAmount().compareTo(claimAmount) > 0) {
            tasks.raiseIfMonitoring(event.workerId(), ReviewTrigger.RELAPSE_CLAIM,
                    event.reference() + " " + Money.format(event.approvedAmount()), "CLAIM:" + event.reference());
        }
    }
}
