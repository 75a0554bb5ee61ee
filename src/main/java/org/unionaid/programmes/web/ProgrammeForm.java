package org.unionaid.programmes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.SchoolStage;
import org.unionaid.programmes.BenefitKind;
import org.unionaid.programmes.BenefitTier;
import org.unionaid.programmes.EligibilityRule;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeQuestion;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.RuleType;
import org.unionaid.programmes.TierHousehold;
import org.unionaid.programmes.WhoMayApply;

/**
 * The programme form: the fields, one switch (and its values) per rule type, up to {@value #QUESTIONS}
 * questions and {@value #TIERS} tiers (rows left empty are ignored).
 */
public class ProgrammeForm {

    static final int QUESTIONS = 4;
    static final int TIERS = 6;

    @NotBlank(message = "{programme.form.required}")
    @Size(max = 200, message = "{programme.form.tooLong}")
    private @Nullable String name;

    @NotNull(message = "{programme.form.required}")
    private @Nullable ProgrammeKind kind = ProgrammeKind.STUDENT_AID;

    @NotNull(message = "{programme.form.required}")
    private @Nullable Long branchId;

    @Size(max = 4000, message = "{programme.form.tooLong}")
    private @Nullable String description;

    @NotNull(message = "{programme.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate periodStart;

    @NotNull(message = "{programme.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate periodEnd;

    @NotNull(message = "{programme.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate applyFrom;

    @NotNull(message = "{programme.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate applyTo;

    @NotNull(message = "{programme.form.required}")
    private @Nullable WhoMayApply whoMayApply = WhoMayApply.BOTH;

    @NotNull(message = "{programme.form.required}")
    private @Nullable BenefitKind form = BenefitKind.CASH;

    private boolean noCash;

    @DecimalMin(value = "0.01", message = "{programme.form.amount.invalid}")
    private @Nullable BigDecimal baseAmount;

    @Size(max = 200, message = "{programme.form.tooLong}")
    private @Nullable String item;

    @DecimalMin(value = "0.01", message = "{programme.form.amount.invalid}")
    private @Nullable BigDecimal unitValue;

    @Min(value = 0, message = "{programme.form.number.invalid}")
    private @Nullable Integer stock;

    @Min(value = 1, message = "{programme.form.number.invalid}")
    private int perPersonLimit = 1;

    /** Null until the form is posted: a new student-aid programme shows it on (published union rules). */
    private @Nullable Boolean requiresPublicNotice;

    @Min(value = 1, message = "{programme.form.noticeDays.invalid}")
    @jakarta.validation.constraints.Max(value = 60, message = "{programme.form.noticeDays.invalid}")
    private int noticeDays = ProgrammeDetails.DEFAULT_NOTICE_DAYS;

    private long version;

    // rules
    private Set<HardshipCategory> categories = EnumSet.noneOf(HardshipCategory.class);
    private @Nullable Integer ageMin;
    private @Nullable Integer ageMax;
    private boolean unionMember;
    @Min(value = 0, message = "{programme.form.number.invalid}")
    private @Nullable Integer socialInsuranceMonths;
    private boolean localContract;
    private Set<SchoolStage> schoolStages = EnumSet.noneOf(SchoolStage.class);
    private Set<EmploymentType> employmentForms = EnumSet.noneOf(EmploymentType.class);
    @Min(value = 1, message = "{programme.form.number.invalid}")
    private @Nullable Integer maxAwards;
    @Min(value = 1, message = "{programme.form.number.invalid}")
    private @Nullable Integer maxAwardsMonths;
    @Min(value = 1, message = "{programme.form.number.invalid}")
    private @Nullable Integer notFundedElsewhereMonths;

    @Valid
    private List<QuestionRow> questions = new ArrayList<>();

    @Valid
    private List<TierRow> tiers = new ArrayList<>();

    public ProgrammeForm() {
        fill();
    }

    /** Pads the question and tier rows to their fixed number. */
    final void fill() {
        while (questions.size() < QUESTIONS) {
            questions.add(new QuestionRow());
        }
        while (tiers.size() < TIERS) {
            tiers.add(new TierRow());
        }
    }

    static ProgrammeForm of(ProgrammeView p) {
        ProgrammeForm f = new ProgrammeForm();
        f.name = p.name();
        f.kind = p.kind();
        f.branchId = p.branchId();
        f.description = p.description();
        f.periodStart = p.periodStart();
        f.periodEnd = p.periodEnd();
        f.applyFrom = p.applyFrom();
        f.applyTo = p.applyTo();
        f.whoMayApply = p.whoMayApply();
        f.form = p.form();
        f.noCash = p.noCash();
        f.baseAmount = p.baseAmount();
        f.item = p.item();
        f.unitValue = p.unitValue();
        f.stock = p.stock();
        f.perPersonLimit = p.perPersonLimit();
        f.requiresPublicNotice = p.requiresPublicNotice();
        f.noticeDays = p.noticeDays();
        f.version = p.version();
        for (EligibilityRule r : p.rules()) {
            switch (r.type()) {
                case HARDSHIP_CATEGORY -> r.values().forEach(v -> f.categories.add(HardshipCategory.valueOf(v)));
                case AGE_RANGE -> {
                    f.ageMin = r.min();
                    f.ageMax = r.max();
                }
                case UNION_MEMBER -> f.unionMember = true;
                case SOCIAL_INSURANCE_MONTHS -> f.socialInsuranceMonths = r.min();
                case LOCAL_LABOUR_CONTRACT -> f.localContract = true;
                case SCHOOL_STAGE -> r.values().forEach(v -> f.schoolStages.add(SchoolStage.valueOf(v)));
                case EMPLOYMENT_FORM -> r.values().forEach(v -> f.employmentForms.add(EmploymentType.valueOf(v)));
                case MAX_AWARDS_PER_PERIOD -> {
                    f.maxAwards = r.min();
                    f.maxAwardsMonths = r.max();
                }
                case NOT_FUNDED_ELSEWHERE -> f.notFundedElsewhereMonths = r.max();
            }
        }
        f.questions.clear();
        p.questions().forEach(q -> {
            QuestionRow row = new QuestionRow();
            row.setText(q.text());
            row.setRequiredAnswer(q.requiredAnswer());
            f.questions.add(row);
        });
        f.tiers.clear();
        p.tiers().forEach(t -> {
            TierRow row = new TierRow();
            row.setHousehold(t.household());
            row.setSchoolStage(t.schoolStage());
            row.setAmount(t.amount());
            f.tiers.add(row);
        });
        f.fill();
        return f;
    }

    /** {@code today} (the application's zone) stands in for a missing date. */
    ProgrammeDetails toDetails(LocalDate today) {
        List<EligibilityRule> rules = new ArrayList<>();
        if (!categories.isEmpty()) {
            rules.add(EligibilityRule.list(RuleType.HARDSHIP_CATEGORY, categories.toArray(Enum[]::new)));
        }
        if (ageMin != null || ageMax != null) {
            rules.add(EligibilityRule.range(RuleType.AGE_RANGE, ageMin, ageMax));
        }
        if (unionMember) {
            rules.add(EligibilityRule.of(RuleType.UNION_MEMBER));
        }
        if (socialInsuranceMonths != null) {
            rules.add(EligibilityRule.range(RuleType.SOCIAL_INSURANCE_MONTHS, socialInsuranceMonths, null));
        }
        if (localContract) {
            rules.add(EligibilityRule.of(RuleType.LOCAL_LABOUR_CONTRACT));
        }
        if (!schoolStages.isEmpty()) {
            rules.add(EligibilityRule.list(RuleType.SCHOOL_STAGE, schoolStages.toArray(Enum[]::new)));
        }
        if (!employmentForms.isEmpty()) {
            rules.add(EligibilityRule.list(RuleType.EMPLOYMENT_FORM, employmentForms.toArray(Enum[]::new)));
        }
        if (maxAwards != null) {
            rules.add(EligibilityRule.range(RuleType.MAX_AWARDS_PER_PERIOD, maxAwards,
                    maxAwardsMonths == null ? 12 : maxAwardsMonths));
        }
        if (notFundedElsewhereMonths != null) {
            rules.add(EligibilityRule.range(RuleType.NOT_FUNDED_ELSEWHERE, null, notFundedElsewhereMonths));
        }
        List<ProgrammeQuestion> qs = questions.stream().filter(q -> q.getText() != null && !q.getText().isBlank())
                .map(q -> new ProgrammeQuestion(q.getText().strip(), q.isRequiredAnswer())).toList();
        List<BenefitTier> ts = tiers.stream().filter(t -> t.getAmount() != null)
                .map(t -> new BenefitTier(t.getHousehold() == null ? TierHousehold.ANY : t.getHousehold(),
                        t.getSchoolStage(), t.getAmount())).toList();
        return new ProgrammeDetails(name == null ? "" : name, kind == null ? ProgrammeKind.OTHER : kind,
                branchId == null ? 0 : branchId, description == null ? "" : description,
                periodStart == null ? today : periodStart, periodEnd == null ? today : periodEnd,
                applyFrom == null ? today : applyFrom, applyTo == null ? today : applyTo,
                whoMayApply == null ? WhoMayApply.BOTH : whoMayApply, form == null ? BenefitKind.CASH : form, noCash,
                baseAmount, item, unitValue, stock, perPersonLimit, rules, qs, ts, isRequiresPublicNotice(),
                noticeDays);
    }

    public static class QuestionRow {

        @Size(max = 500, message = "{programme.form.tooLong}")
        private @Nullable String text;

        private boolean requiredAnswer = true;

        public @Nullable String getText() { return text; }
        public void setText(@Nullable String text) { this.text = text; }
        public boolean isRequiredAnswer() { return requiredAnswer; }
        public void setRequiredAnswer(boolean requiredAnswer) { this.requiredAnswer = requiredAnswer; }
    }

    public static class TierRow {

        private @Nullable TierHousehold household = TierHousehold.ANY;
        private @Nullable SchoolStage schoolStage;

        @DecimalMin(value = "0.01", message = "{programme.form.amount.invalid}")
        private @Nullable BigDecimal amount;

        public @Nullable TierHousehold getHousehold() { return household; }
        public void setHousehold(@Nullable TierHousehold household) { this.household = household; }
        public @Nullable SchoolStage getSchoolStage() { return schoolStage; }
        public void setSchoolStage(@Nullable SchoolStage schoolStage) { this.schoolStage = schoolStage; }
        public @Nullable BigDecimal getAmount() { return amount; }
        public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
    }

    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable ProgrammeKind getKind() { return kind; }
    public void setKind(@Nullable ProgrammeKind kind) { this.kind = kind; }
    public @Nullable Long getBranchId() { return branchId; }
    public void setBranchId(@Nullable Long branchId) { this.branchId = branchId; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(@Nullable LocalDate periodStart) { this.periodStart = periodStart; }
    public @Nullable LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(@Nullable LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public @Nullable LocalDate getApplyFrom() { return applyFrom; }
    public void setApplyFrom(@Nullable LocalDate applyFrom) { this.applyFrom = applyFrom; }
    public @Nullable LocalDate getApplyTo() { return applyTo; }
    public void setApplyTo(@Nullable LocalDate applyTo) { this.applyTo = applyTo; }
    public @Nullable WhoMayApply getWhoMayApply() { return whoMayApply; }
    public void setWhoMayApply(@Nullable WhoMayApply whoMayApply) { this.whoMayApply = whoMayApply; }
    public @Nullable BenefitKind getForm() { return form; }
    public void setForm(@Nullable BenefitKind form) { this.form = form; }
    public boolean isNoCash() { return noCash; }
    public void setNoCash(boolean noCash) { this.noCash = noCash; }
    public @Nullable BigDecimal getBaseAmount() { return baseAmount; }
    public void setBaseAmount(@Nullable BigDecimal baseAmount) { this.baseAmount = baseAmount; }
    public @Nullable String getItem() { return item; }
    public void setItem(@Nullable String item) { this.item = item; }
    public @Nullable BigDecimal getUnitValue() { return unitValue; }
    public void setUnitValue(@Nullable BigDecimal unitValue) { this.unitValue = unitValue; }
    public @Nullable Integer getStock() { return stock; }
    public void setStock(@Nullable Integer stock) { this.stock = stock; }
    public boolean isRequiresPublicNotice() {
        return requiresPublicNotice != null ? requiresPublicNotice : kind == ProgrammeKind.STUDENT_AID;
    }
    public void setRequiresPublicNotice(boolean requiresPublicNotice) { this.requiresPublicNotice = requiresPublicNotice; }
    public int getNoticeDays() { return noticeDays; }
    public void setNoticeDays(int noticeDays) { this.noticeDays = noticeDays; }
    public int getPerPersonLimit() { return perPersonLimit; }
    public void setPerPersonLimit(int perPersonLimit) { this.perPersonLimit = perPersonLimit; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Set<HardshipCategory> getCategories() { return categories; }
    public void setCategories(Set<HardshipCategory> categories) { this.categories = categories; }
    public @Nullable Integer getAgeMin() { return ageMin; }
    public void setAgeMin(@Nullable Integer ageMin) { this.ageMin = ageMin; }
    public @Nullable Integer getAgeMax() { return ageMax; }
    public void setAgeMax(@Nullable Integer ageMax) { this.ageMax = ageMax; }
    public boolean isUnionMember() { return unionMember; }
    public void setUnionMember(boolean unionMember) { this.unionMember = unionMember; }
    public @Nullable Integer getSocialInsuranceMonths() { return socialInsuranceMonths; }
    public void setSocialInsuranceMonths(@Nullable Integer months) { this.socialInsuranceMonths = months; }
    public boolean isLocalContract() { return localContract; }
    public void setLocalContract(boolean localContract) { this.localContract = localContract; }
    public Set<SchoolStage> getSchoolStages() { return schoolStages; }
    public void setSchoolStages(Set<SchoolStage> schoolStages) { this.schoolStages = schoolStages; }
    public @Nullable Integer getMaxAwards() { return maxAwards; }
    public void setMaxAwards(@Nullable Integer maxAwards) { this.maxAwards = maxAwards; }
    public @Nullable Integer getMaxAwardsMonths() { return maxAwardsMonths; }
    public void setMaxAwardsMonths(@Nullable Integer months) { this.maxAwardsMonths = months; }
    public @Nullable Integer getNotFundedElsewhereMonths() { return notFundedElsewhereMonths; }
    public void setNotFundedElsewhereMonths(@Nullable Integer months) { this.notFundedElsewhereMonths = months; }
    public Set<EmploymentType> getEmploymentForms() { return employmentForms; }
    public void setEmploymentForms(Set<EmploymentType> forms) { this.employmentForms = forms; }
    public List<QuestionRow> getQuestions() { return questions; }
    public void setQuestions(List<QuestionRow> questions) { this.questions = questions; }
    public List<TierRow> getTiers() { return tiers; }
    public void setTiers(List<TierRow> tiers) { this.tiers = tiers; }
}
