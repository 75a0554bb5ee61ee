package org.unionaid.wishes;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.payouts.LedgerContributions;
import org.unionaid.payouts.LedgerEntry;
import org.unionaid.payouts.LedgerKind;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.time.Times;
import org.unionaid.wishes.domain.Wish;
import org.unionaid.wishes.domain.WishRepository;

/**
 * Delivered micro-wishes are aid in kind the household received: each is an entry of its benefit ledger (counted
 * like any aid, so filing and the annual review see it), with the donor as funder and the wish's value.
 */
@Component
class WishLedger implements LedgerContributions {

    private final WishRepository wishes;
    private final Programmes programmes;
    private final Times times;

    WishLedger(WishRepository wishes, Programmes programmes, Times times) {
        this.wishes = wishes;
        this.programmes = programmes;
        this.times = times;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntry> entriesOf(long workerId) {
        List<Wish> delivered = wishes.findByWorkerIdOrderByIdDesc(workerId).stream()
                .filter(w -> w.state() == WishState.DELIVERED && w.deliveredAt() != null).toList();
        if (delivered.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = programmes.namesOf(delivered.stream().map(Wish::programmeId).distinct().toList());
        return delivered.stream().map(w -> new LedgerEntry(LedgerKind.MICRO_WISH, null, w.reference(), null,
                w.programmeId(), names.get(w.programmeId()), w.title(), PayoutKind.IN_KIND, w.value(), null,
                times.dateOf(Objects.requireNonNull(w.deliveredAt())), Objects.requireNonNullElse(w.donorName(), ""),
                null, null, null, true)).toList();
    }
}
