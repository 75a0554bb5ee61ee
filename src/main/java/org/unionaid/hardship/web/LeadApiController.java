package org.unionaid.hardship.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.hardship.LeadFilter;
import org.unionaid.hardship.LeadSource;
import org.unionaid.hardship.LeadState;
import org.unionaid.hardship.LeadView;
import org.unionaid.hardship.Leads;
import org.unionaid.hardship.Visits;
import org.unionaid.hardship.ReportLead;
import org.unionaid.hardship.VisitView;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/** Screening leads over JSON, with the same scoping and state rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1/leads", produces = "application/json")
@Tag(name = "Leads", description = "Screening leads (摸排线索) of your branch subtree and their state transitions")
class LeadApiController {

    private final Leads leads;
    private final Visits visits;

    LeadApiController(Leads leads, Visits visits) {
        this.leads = leads;
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "Leads of your branch subtree, newest first")
    ApiPage<LeadView> search(@RequestParam(required = false) @Nullable LeadState state,
                             @RequestParam(required = false) @Nullable LeadSource source,
                             @RequestParam(required = false) @Nullable Long branchId,
                             @RequestParam(defaultValue = "false") boolean assignedToMe,
                             @RequestParam(defaultValue = "false") boolean duplicates,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Page<LeadView> result = leads.search(new LeadFilter(state, source,
                        assignedToMe ? Actors.required().id() : null, branchId, duplicates),
                Paging.api(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
        return ApiPage.of(result);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One lead: staff get the whole lead, a reporter or the worker concerned only its state")
    @ApiResponse(responseCode = "404", description = "No such lead, or not yours to see")
    Object get(@PathVariable long id) {
        LeadView lead = leads.get(id);
        return leads.maySeeInternals(id) ? lead : new LeadStatus(lead.id(), lead.state(), lead.createdAt());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a lead (volunteers, caseworkers); duplicates by national ID are flagged")
    @ApiResponse(responseCode = "422", description = "Refused by a rule; the problem detail says why")
    Object report(@Valid @RequestBody NewLead body) {
        LeadView lead = leads.report(new ReportLead(body.branchId(), body.personName(), body.nationalId(), body.phone(),
                body.address(), body.situation(), body.reporterContact(), null), List.of());
        // a volunteer gets what the page shows them: the state, never whether the person is on file
        return leads.maySeeInternals(lead.id()) ? lead : new LeadStatus(lead.id(), lead.state(), lead.createdAt());
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign (or reassign) to a caseworker responsible for the lead's branch")
    LeadView assign(@PathVariable long id, @Valid @RequestBody Assignment body) {
        return leads.assign(id, body.caseworkerUserId());
    }

    @PostMapping("/{id}/refer")
    @Operation(summary = "Refer to other help (ASSIGNED or VERIFYING → REFERRED)")
    LeadView refer(@PathVariable long id, @Valid @RequestBody Reason body) {
        return leads.refer(id, body.text());
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "Dismiss with a reason (any open state → DISMISSED)")
    LeadView dismiss(@PathVariable long id, @Valid @RequestBody Reason body) {
        return leads.dismiss(id, body.text());
    }

    @GetMapping("/{id}/visits")
    @Operation(summary = "Verification visits with derived per-capita income and document ids")
    List<VisitView> visits(@PathVariable long id) {
        return visits.ofLead(id);
    }

    record LeadStatus(long id, LeadState state, Instant createdAt) {
    }

    record NewLead(@NotNull Long branchId, @NotBlank String personName,
                   @org.unionaid.shared.ValidNationalId @Nullable String nationalId,
                   @Nullable String phone, @Nullable String address, @NotBlank String situation,
                   @Nullable String reporterContact) {
    }

    record Assignment(@NotNull Long caseworkerUserId) {
    }

    record Reason(@NotBlank String text) {
    }
}
