package org.unionaid.programmes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.programmes.BenefitKind;
import org.unionaid.programmes.BenefitTier;
import org.unionaid.programmes.EligibilityRule;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeQuestion;
import org.unionaid.programmes.WhoMayApply;
import org.unionaid.shared.Money;

/**
 * A programme with the rules, questions and tiers of its current rule version. Changing any of them bumps
 * {@code ruleVersion}; applications keep the results of the version they were checked against.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;

    @Column(name = "branch_id")
    private long branchId;

    private String description;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "apply_from")
    private LocalDate applyFrom;

    @Column(name = "apply_to")
    private LocalDate applyTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "who_may_apply")
    private WhoMayApply whoMayApply;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_form")
    private BenefitKind form;

    @Column(name = "no_cash")
    private boolean noCash;

    @Column(name = "base_amount")
    private @Nullable BigDecimal baseAmount;

    private @Nullable String item;

    @Column(name = "unit_value")
    private @Nullable BigDecimal unitValue;

    private @Nullable Integer stock;

    @Column(name = "per_person_limit")
    private int perPersonLimit;

    @Column(name = "rule_version")
    private int ruleVersion = 1;

    @Column(name = "requires_public_notice")
    private boolean requiresPublicNotice;

    @Column(name = "notice_days")
    private int noticeDays = ProgrammeDetails.DEFAULT_NOTICE_DAYS;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "programme_rule", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<RuleRow> rules = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_question", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<QuestionRow> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_tier", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<TierRow> tiers = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected Programme() {
        this.name = "";
        this.kind = ProgrammeKind.OTHER;
        this.description = "";
        this.periodStart = LocalDate.MIN;
        this.periodEnd = LocalDate.MIN;
        this.applyFrom = LocalDate.MIN;
        this.applyTo = LocalDate.MIN;
        this.whoMayApply = WhoMayApply.BOTH;
        this.form = BenefitKind.CASH;
        this.createdBy = "";
    }

    public Programme(ProgrammeDetails details, String createdBy) {
        this();
        this.createdBy = createdBy;
        apply(details);
        this.ruleVersion = 1;
    }

    /** Takes the new details; returns whether the rules, questions or tiers changed (a new rule version). */
    public boolean apply(ProgrammeDetails d) {
        this.name = d.name().strip();
        this.kind = d.kind();
        this.branchId = d.branchId();
        this.description = d.description() == null ? "" : d.description().strip();
        this.periodStart = d.periodStart();
        this.periodEnd = d.periodEnd();
        this.applyFrom = d.applyFrom();
        this.applyTo = d.applyTo();
        this.whoMayApply = d.whoMayApply();
        this.form = d.form();
        this.noCash = d.noCash();
        this.baseAmount = scaled(d.baseAmount());
        this.item = d.form() == BenefitKind.IN_KIND ? d.item() : null;
        this.unitValue = d.form() == BenefitKind.IN_KIND ? scaled(d.unitValue()) : null;
        this.stock = d.form() == BenefitKind.IN_KIND ? d.stock() : null;
        this.perPersonLimit = Math.max(1, d.perPersonLimit());
        this.requiresPublicNotice = d.requiresPublicNotice();
        this.noticeDays = d.noticeDays();
        this.updatedAt = Instant.now();
        boolean changed = !Objects.equals(rules(), d.rules()) || !Objects.equals(questions(), d.questions())
                || !Objects.equals(tiers(), d.tiers());
        if (changed) {
            rules.clear();
            d.rules().forEach(r -> rules.add(new RuleRow(r)));
            questions.clear();
            d.questions().forEach(q -> questions.add(new QuestionRow(q)));
            tiers.clear();
            d.tiers().forEach(t -> tiers.add(new TierRow(t)));
            if (id != null) {
                ruleVersion++;
            }
        }
        return changed;
    }

    private static @Nullable BigDecimal scaled(@Nullable BigDecimal value) {
        return value == null ? null : Money.round(value);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public String name() {
        return name;
    }

    public ProgrammeKind kind() {
        return kind;
    }

    /** Whether an approved award is on public notice (公示) before its payout may be approved. */
    public boolean requiresPublicNotice() {
        return requiresPublicNotice;
    }

    public int noticeDays() {
        return noticeDays;
    }

    public long branchId() {
        return branchId;
    }

    public String description() {
        return description;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LocalDate applyFrom() {
        return applyFrom;
    }

    public LocalDate applyTo() {
        return applyTo;
    }

    public WhoMayApply whoMayApply() {
        return whoMayApply;
    }

    public BenefitKind form() {
        return form;
    }

    public boolean noCash() {
        return noCash;
    }

    public @Nullable BigDecimal baseAmount() {
        return baseAmount;
    }

    public @Nullable String item() {
        return item;
    }

    public @Nullable BigDecimal unitValue() {
        return unitValue;
    }

    public @Nullable Integer stock() {
        return stock;
    }

    public int perPersonLimit() {
        return perPersonLimit;
    }

    public int ruleVersion() {
        return ruleVersion;
    }

    public List<EligibilityRule> rules() {
        return rules.stream().map(RuleRow::toRule).toList();
    }

    public List<ProgrammeQuestion> questions() {
        return questions.stream().map(QuestionRow::toQuestion).toList();
    }

    public List<BenefitTier> tiers() {
        return tiers.stream().map(TierRow::toTier).toList();
    }

    public long version() {
        return version;
    }
}
