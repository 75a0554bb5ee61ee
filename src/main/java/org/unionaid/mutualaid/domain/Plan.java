package org.unionaid.mutualaid.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.mutualaid.PlanType;

/** A mutual-aid plan: what it covers, its term, the contribution per member per term and the waiting period. */
@Entity
@Table(name = "mutualaid_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private PlanType type;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    private BigDecimal contribution;

    @Column(name = "waiting_period_days")
    private int waitingPeriodDays;

    private boolean active = true;

    @Version
    private long version;

    protected Plan() {
        this.code = "";
        this.name = "";
        this.type = PlanType.OTHER;
        this.termStart = LocalDate.MIN;
        this.termEnd = LocalDate.MIN;
        this.contribution = BigDecimal.ZERO;
    }

    public Plan(String code, String name, PlanType type, LocalDate termStart, LocalDate termEnd,
                BigDecimal contribution, int waitingPeriodDays) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.contribution = contribution;
        this.waitingPeriodDays = waitingPeriodDays;
    }

    public void change(String name, PlanType type, LocalDate termStart, LocalDate termEnd, BigDecimal contribution,
                       int waitingPeriodDays, boolean active) {
        this.name = name;
        this.type = type;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.contribution = contribution;
        this.waitingPeriodDays = waitingPeriodDays;
        this.active = active;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public PlanType type() {
        return type;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public BigDecimal contribution() {
        return contribution;
    }

    public int waitingPeriodDays() {
        return waitingPeriodDays;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
