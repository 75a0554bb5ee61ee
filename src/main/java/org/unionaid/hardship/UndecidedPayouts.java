package org.unionaid.hardship;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionaid.hardship.domain.AssistanceMeasure;
import org.unionaid.hardship.domain.AssistanceMeasureRepository;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.PayoutQueries;

/**
 * The payouts of a file's assistance measures that nobody has decided yet (PROPOSED): a file does not exit while
 * one waits, since an approver would otherwise grant aid for a household the file says is out of hardship without
 * knowing it. Approved payouts were decided while the household was in hardship and are paid as decided.
 */
@Component
class UndecidedPayouts {

    private final AssistanceMeasureRepository measures;
    private final PayoutQueries payoutQueries;

    UndecidedPayouts(AssistanceMeasureRepository measures, PayoutQueries payoutQueries) {
        this.measures = measures;
        this.payoutQueries = payoutQueries;
    }

    /** The PROPOSED payouts of the file's measures (as far as the caller may see them), by measure order. */
    List<PayoutView> of(long fileId) {
        List<PayoutView> open = new ArrayList<>();
        for (AssistanceMeasure measure : measures.findByFileIdOrderByDueOnAscIdAsc(fileId)) {
            payoutQueries.allFor(PayoutSourceType.PLAN_MEASURE, measure.id()).stream()
                    .filter(p -> p.state() == PayoutState.PROPOSED).forEach(open::add);
        }
        return open;
    }
}
