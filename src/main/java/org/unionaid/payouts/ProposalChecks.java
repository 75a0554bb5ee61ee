package org.unionaid.payouts;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.branches.Branches;
import org.unionaid.payouts.domain.PayoutRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.Money;
import org.unionaid.shared.security.Actor;

/**
 * The checks of a {@link ProposePayout} before anything is written (its split is checked by {@link FundingSplits}):
 * the branch within the proposer's subtree, an amount of whole cents, no cash where the origin allows none, an
 * item and a quantity in kind, a purpose, no live payout for the origin yet, a payee the registry knows.
 */
@Component
class ProposalChecks {

    private final PayoutRepository payouts;
    private final PayoutSearch search;
    private final Branches branches;

    ProposalChecks(PayoutRepository payouts, PayoutSearch search, Branches branches) {
        this.payouts = payouts;
        this.search = search;
        this.branches = branches;
    }

    /** Refuses the proposal with the message key of the first rule it breaks; returns its amount. */
    BigDecimal check(ProposePayout command, Actor actor) {
        if (!branches.covers(actor.branchId(), command.branchId())) {
            throw new BusinessRuleException("payout.branch.outOfScope");
        }
        BigDecimal amount = money(command.amount());
        if (command.form() == PayoutKind.CASH && !command.cashAllowed()) {
            throw new BusinessRuleException("payout.cash.notAllowed");
        }
        if (command.form() == PayoutKind.IN_KIND && (blank(command.item()) || command.quantity() == null
                || command.quantity() <= 0)) {
            throw new BusinessRuleException("payout.inKind.itemRequired");
        }
        if (command.purpose() == null || command.purpose().isBlank()) {
            throw new BusinessRuleException("payout.purpose.required");
        }
        if (payouts.findLive(command.sourceType(), command.sourceId()).isPresent()) {
            throw new BusinessRuleException("payout.live.exists");
        }
        if (!search.workerExists(command.payeeWorkerId())) {
            throw new BusinessRuleException("payout.payee.unknown");
        }
        return amount;
    }

    /** A positive amount of at most two decimals, at scale 2. */
    static BigDecimal money(@Nullable BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("payout.amount.invalid");
        }
        return Money.exact(amount);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
