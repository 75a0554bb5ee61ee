package org.unionaid.mutualaid.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.mutualaid.BenefitRule;
import org.unionaid.mutualaid.EnrolmentTerms;
import org.unionaid.mutualaid.MutualAidPlans;
import org.unionaid.mutualaid.PlanDetails;
import org.unionaid.mutualaid.PlanView;
import org.unionaid.mutualaid.RuleVersionView;

/** Mutual-aid plans and their rule versions over JSON. */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Mutual-aid plans", description = "Plans with dated benefit rule versions")
class PlanApiController {

    private final MutualAidPlans plans;

    PlanApiController(MutualAidPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "All plans with their rule versions")
    List<PlanView> list() {
        return plans.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan")
    @ApiResponse(responseCode = "404", description = "No such plan")
    PlanView get(@PathVariable long id) {
        return plans.get(id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a plan with its first rules (ADMIN)")
    @ApiResponse(responseCode = "422", description = "Refused by a rule (code taken, invalid term or rule)")
    PlanView create(@Valid @RequestBody NewPlan body) {
        return plans.create(body.plan(), body.rules(), body.terms() == null ? EnrolmentTerms.DEFAULT : body.terms());
    }

    @PostMapping(path = "/{id}/rules", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a rule version valid from a date (ADMIN); earlier claims keep their rules")
    RuleVersionView addRules(@PathVariable long id, @Valid @RequestBody NewRules body) {
        return plans.addRules(id, body.validFrom(), body.rules(),
                body.terms() == null ? EnrolmentTerms.DEFAULT : body.terms());
    }

    /** A plan, its first rules and (optional: one share, any age, one calendar year, full term) enrolment terms. */
    record NewPlan(@Valid @NotNull PlanDetails plan, @Valid @NotNull BenefitRule rules,
                   @Valid @org.jspecify.annotations.Nullable EnrolmentTerms terms) {
    }

    record NewRules(@NotNull LocalDate validFrom, @Valid @NotNull BenefitRule rules,
                    @Valid @org.jspecify.annotations.Nullable EnrolmentTerms terms) {
    }
}
