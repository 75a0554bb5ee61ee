package org.unionaid.wishes;

import java.math.BigDecimal;
import java.util.Map;

/** One branch's wishes on the statistics page: how many in each state, and the value delivered. */
public record WishBranchFigures(long branchId, String branchName, Map<WishState, Long> counts,
                                BigDecimal deliveredValue) {

    public long count(WishState state) {
        return counts.getOrDefault(state, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
