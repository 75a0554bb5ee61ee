package org.unionaid.mutualaid.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new version of a plan's rules, valid from a date. */
public class RuleVersionForm extends RuleFields {

    @NotNull(message = "{mutualaid.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
}
