package org.unionaid.mutualaid.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.mutualaid.PlanDetails;
import org.unionaid.mutualaid.PlanType;
import org.unionaid.mutualaid.PlanView;

/** A plan's details; on creation also its first rules (valid from the start of the term). */
public class PlanForm extends RuleFields {

    @NotBlank(message = "{mutualaid.required}")
    @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "{plan.code.invalid}")
    private @Nullable String code;

    @NotBlank(message = "{mutualaid.required}")
    @Size(max = 200, message = "{mutualaid.text.tooLong}")
    private @Nullable String name;

    @NotNull(message = "{mutualaid.required}")
    private @Nullable PlanType type = PlanType.HOSPITALISATION;

    @NotNull(message = "{mutualaid.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate termStart;

    @NotNull(message = "{mutualaid.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate termEnd;

    @NotNull(message = "{mutualaid.required}")
    @DecimalMin(value = "0", message = "{mutualaid.amount.invalid}")
    private @Nullable BigDecimal contribution;

    @NotNull(message = "{mutualaid.required}")
    @Min(value = 0, message = "{mutualaid.number.invalid}")
    private @Nullable Integer waitingPeriodDays = 30;

    private boolean active = true;

    private long version;

    static PlanForm of(PlanView plan) {
        PlanForm form = new PlanForm();
        form.code = plan.code();
        form.name = plan.name();
        form.type = plan.type();
        form.termStart = plan.termStart();
        form.termEnd = plan.termEnd();
        form.contribution = plan.contribution();
        form.waitingPeriodDays = plan.waitingPeriodDays();
        form.active = plan.active();
        form.version = plan.version();
        return form;
    }

    /** {@code today} (the application's zone) stands in for a missing date. */
    PlanDetails toDetails(LocalDate today) {
        return new PlanDetails(code == null ? "" : code, name == null ? "" : name,
                type == null ? PlanType.OTHER : type, termStart == null ? today : termStart,
                termEnd == null ? today : termEnd, contribution == null ? BigDecimal.ZERO : contribution,
                waitingPeriodDays == null ? 0 : waitingPeriodDays, active);
    }

    public @Nullable String getCode() { return code; }
    public void setCode(@Nullable String code) { this.code = code; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable PlanType getType() { return type; }
    public void setType(@Nullable PlanType type) { this.type = type; }
    public @Nullable LocalDate getTermStart() { return termStart; }
    public void setTermStart(@Nullable LocalDate termStart) { this.termStart = termStart; }
    public @Nullable LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(@Nullable LocalDate termEnd) { this.termEnd = termEnd; }
    public @Nullable BigDecimal getContribution() { return contribution; }
    public void setContribution(@Nullable BigDecimal contribution) { this.contribution = contribution; }
    public @Nullable Integer getWaitingPeriodDays() { return waitingPeriodDays; }
    public void setWaitingPeriodDays(@Nullable Integer waitingPeriodDays) { this.waitingPeriodDays = waitingPeriodDays; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
