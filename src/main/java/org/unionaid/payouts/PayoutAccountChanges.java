package org.unionaid.payouts;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.payouts.domain.DisbursementBatchRepository;
import org.unionaid.payouts.domain.Payout;
import org.unionaid.payouts.domain.PayoutRepository;
import org.unionaid.payouts.domain.PayoutTransition;
import org.unionaid.payouts.domain.PayoutTransitionRepository;
import org.unionaid.people.PayoutAccountChanged;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * Takes back the approvals given for a payee's old account when the people registry reports a change
 * ({@link PayoutAccountChanged}), synchronously in the changing transaction (decision 20); the history, funding
 * and audit go through {@link Payouts}.
 */
@Component
class PayoutAccountChanges {

    private final PayoutRepository payouts;
    private final PayoutTransitionRepository transitions;
    private final DisbursementBatchRepository batches;
    private final Payouts commands;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PayoutAccountChanges(PayoutRepository payouts, PayoutTransitionRepository transitions,
                         DisbursementBatchRepository batches, Payouts commands, JdbcTemplate jdbc,
                         Clock clock) {
        this.payouts = payouts;
        this.transitions = transitions;
        this.batches = batches;
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The payee's account changed: every payout approved for the old account that has not been sent to the bank
     * (APPROVED, in a batch still GATHERED, or PROPOSED with a first approval) returns to the approval queue in a
     * new round, its committed funding released and its row taken out of the batch. Runs in the changing
     * transaction, as whoever changed the account.
     */
    @EventListener
    @Transactional
    void payoutAccountChanged(PayoutAccountChanged event) {
        Actor actor = Actors.required();
        List<Long> ids = jdbc.queryForList("""
                select p.id from payout p left join disbursement_batch d on d.id = p.batch_id
                 where p.payee_worker_id = ? and p.form = 'CASH'
                   and (p.state = 'APPROVED' or (p.state = 'IN_BATCH' and d.state = 'GATHERED')
                        or (p.state = 'PROPOSED' and p.first_approved_by is not null))
                 order by p.id""", Long.class, event.workerId());
        for (long id : ids) {
            Payout payout = payouts.findForUpdate(id).orElseThrow();
            if (!payout.approvedForAccount()) {
                continue;
            }
            PayoutState from = payout.state();
            Long batchId = payout.batchId();
            commands.releaseFunding(payout, actor.username());
            if (from == PayoutState.IN_BATCH && batchId != null) {
                batches.findById(batchId).ifPresent(b -> b.removed(payout.amount()));
                jdbc.update("delete from disbursement_batch_item where payout_id = ?", id);
            }
            PayoutTransition t = transitions.save(payout.returnToQueue("payout.requeue.accountChanged",
                    actor.username(), actor.id(), clock.instant()));
            payouts.flush();
            commands.auditTransition(payout, t, batchId == null ? Map.of() : Map.of("removedFromBatch", batchId));
        }
    }
}
