package org.unionaid.programmes;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.payouts.PayoutApproved;
import org.unionaid.payouts.PayoutCancelled;
import org.unionaid.payouts.PayoutFailed;
import org.unionaid.payouts.PayoutPaid;
import org.unionaid.payouts.PayoutProposed;
import org.unionaid.payouts.PayoutRejected;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.programmes.domain.Programme;
import org.unionaid.programmes.domain.ProgrammeApplication;
import org.unionaid.programmes.domain.ProgrammeApplicationRepository;

/**
 * The payout's events for applications (decision 14: synchronous, in the transaction of the payout's change): the
 * application keeps a copy of its payout's state, an in-kind payout that will not be delivered gives its item back
 * to the stock, and a paid payout moves its application to PAID ({@link Applications#markPaid}), so an
 * application is never PAID without its payout being PAID and the other way round.
 */
@Component
@Transactional
class ApplicationPayments {

    private final ProgrammeApplicationRepository applications;
    private final Programmes programmes;
    private final Applications owner;

    ApplicationPayments(ProgrammeApplicationRepository applications, Programmes programmes, Applications owner) {
        this.applications = applications;
        this.programmes = programmes;
        this.owner = owner;
    }

    @EventListener
    void on(PayoutProposed event) {
        follow(event.sourceType(), event.sourceId(), event.payoutId(), "PROPOSED");
    }

    @EventListener
    void on(PayoutApproved event) {
        follow(event.sourceType(), event.sourceId(), event.payoutId(), "APPROVED");
    }

    @EventListener
    void on(PayoutRejected event) {
        giveBackItem(follow(event.sourceType(), event.sourceId(), event.payoutId(), "REJECTED"));
    }

    @EventListener
    void on(PayoutFailed event) {
        follow(event.sourceType(), event.sourceId(), event.payoutId(), "FAILED");
    }

    @EventListener
    void on(PayoutCancelled event) {
        giveBackItem(follow(event.sourceType(), event.sourceId(), event.payoutId(), "CANCELLED"));
    }

    /** An in-kind payout that will not be delivered gives its item back to the programme's stock. */
    private void giveBackItem(@Nullable ProgrammeApplication application) {
        if (application == null) {
            return;
        }
        Programme programme = programmes.lock(application.programmeId());
        if (programme.form() == BenefitKind.IN_KIND) {
            programmes.returnToStock(programme.id());
        }
    }

    @EventListener
    void on(PayoutPaid event) {
        ProgrammeApplication application = follow(event.sourceType(), event.sourceId(), event.payoutId(), "PAID");
        if (application != null) {
            owner.markPaid(application, event.payoutId());
        }
    }

    private @Nullable ProgrammeApplication follow(PayoutSourceType type, long sourceId, long payoutId, String state) {
        if (type != PayoutSourceType.APPLICATION) {
            return null;
        }
        ProgrammeApplication application = applications.findById(sourceId).orElse(null);
        if (application == null) {
            return null;
        }
        application.payoutMoved(payoutId, state);
        applications.flush();
        return application;
    }
}
