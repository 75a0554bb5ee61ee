package org.unionaid.payouts.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.payouts.FundingShare;

/** The re-split form of a payout's page: one share per funding source of the programme (blank means none). */
public class SplitForm {

    private List<Share> shares = new ArrayList<>();

    public List<Share> getShares() {
        return shares;
    }

    public void setShares(List<Share> shares) {
        this.shares = shares;
    }

    /** The non-blank shares, for the facade (which checks sum, sources and budgets). */
    List<FundingShare> shares() {
        return shares.stream().filter(s -> s.getSourceId() != null && s.getAmount() != null
                        && s.getAmount().signum() != 0)
                .map(s -> new FundingShare(s.getSourceId(), s.getAmount())).toList();
    }

    public static class Share {
        private @Nullable Long sourceId;
        private @Nullable BigDecimal amount;

        public @Nullable Long getSourceId() {
            return sourceId;
        }

        public void setSourceId(@Nullable Long sourceId) {
            this.sourceId = sourceId;
        }

        public @Nullable BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(@Nullable BigDecimal amount) {
            this.amount = amount;
        }
    }
}
