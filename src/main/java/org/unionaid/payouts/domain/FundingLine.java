package org.unionaid.payouts.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of payout_funding: the share of a payout one funding source carries. */
@Embeddable
public class FundingLine {

    @Column(name = "funding_source_id")
    private long fundingSourceId;

    private BigDecimal amount;

    protected FundingLine() {
        this.amount = BigDecimal.ZERO;
    }

    public FundingLine(long fundingSourceId, BigDecimal amount) {
        this.fundingSourceId = fundingSourceId;
        this.amount = amount;
    }

    public long fundingSourceId() { return fundingSourceId; }
    public BigDecimal amount() { return amount; }
}
