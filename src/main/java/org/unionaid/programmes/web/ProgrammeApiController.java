package org.unionaid.programmes.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.payouts.BudgetUse;
import org.unionaid.payouts.Funding;
import org.unionaid.programmes.ApplicationFilter;
import org.unionaid.programmes.ApplicationState;
import org.unionaid.programmes.ApplicationSummary;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.Apply;
import org.unionaid.programmes.ProgrammeSummary;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/** Programmes and applications over JSON, with the same scoping and rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Programmes and applications", description = "Subsidy programmes you may see and their applications")
class ProgrammeApiController {

    private final Programmes programmes;
    private final Applications applications;
    private final Funding funding;

    ProgrammeApiController(Programmes programmes, Applications applications, Funding funding) {
        this.programmes = programmes;
        this.applications = applications;
        this.funding = funding;
    }

    @GetMapping("/programmes")
    @Operation(summary = "Programmes you may see (staff: your subtree and the branches above; worker: yours; "
            + "partner: the ones you fund), newest first")
    ApiPage<ProgrammeSummary> programmes(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(programmes.list(Paging.api(page, size)));
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "A programme with its current rules, questions and tiers, and its budget use")
    @ApiResponse(responseCode = "404", description = "No such programme, or not visible to you")
    ProgrammeWithBudget programme(@PathVariable long id) {
        ProgrammeView programme = programmes.get(id);
        return new ProgrammeWithBudget(programme, funding.useOf(id));
    }

    @GetMapping("/applications")
    @Operation(summary = "Applications you may see, filtered, paged and sorted in the database "
            + "(partners: names masked)")
    ApiPage<ApplicationSummary> list(@RequestParam(required = false) @Nullable Long programmeId,
                                    @RequestParam(required = false) @Nullable ApplicationState state,
                                    @Parameter(description = "a branch of your subtree: its applications and its "
                                            + "sub-branches'") @RequestParam(required = false) @Nullable Long branchId,
                                    @RequestParam(required = false) @Nullable Boolean eligible,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size,
                                    @Parameter(description = "createdAt, reference, workerName, programmeName, state "
                                            + "or amount, optionally ',asc'")
                                    @RequestParam(required = false) @Nullable String sort) {
        return ApiPage.of(applications.search(new ApplicationFilter(programmeId, state, branchId, eligible),
                Paging.api(page, size, Paging.sort(sort, "createdAt"))));
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "An application with its stored eligibility check and history")
    @ApiResponse(responseCode = "404", description = "No such application, or not visible to you")
    ApplicationView get(@PathVariable long id) {
        return applications.get(id);
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A worker applies (no workerId) or a caseworker nominates a worker of their subtree "
            + "(workerId); documents are uploaded on the page")
    @ApiResponse(responseCode = "422", description = "Refused by a rule (window closed, limit reached, ...)")
    ApplicationView apply(@Valid @RequestBody NewApplication body) {
        Apply command = new Apply(body.programmeId(), body.workerId(), body.memberId(),
                body.answers() == null ? List.of() : body.answers(), body.statement() == null ? "" : body.statement(),
                List.of());
        return body.workerId() == null ? applications.apply(command) : applications.nominate(command);
    }

    @PostMapping("/applications/{id}/request-info")
    @Operation(summary = "SUBMITTED or RECOMMENDED → MORE_INFO_REQUESTED (caseworker)")
    ApplicationView requestInfo(@PathVariable long id, @Valid @RequestBody Text body) {
        return applications.requestMoreInfo(id, body.text());
    }

    @PostMapping("/applications/{id}/recommend")
    @Operation(summary = "SUBMITTED → RECOMMENDED (caseworker; eligible applications only)")
    ApplicationView recommend(@PathVariable long id, @Valid @RequestBody Text body) {
        return applications.recommend(id, body.text());
    }

    @PostMapping("/applications/{id}/decide")
    @Operation(summary = "RECOMMENDED → APPROVED (optionally proposing the payout), or → REJECTED with a reason")
    ApplicationView decide(@PathVariable long id, @Valid @RequestBody Decision body) {
        return body.approve() ? applications.approve(id, body.reason(), body.proposePayout())
                : applications.reject(id, body.reason());
    }

    @PostMapping("/applications/{id}/propose-payout")
    @Operation(summary = "Proposes the payout of an APPROVED application (tier amount, or the item in kind)")
    ApplicationView proposePayout(@PathVariable long id) {
        return applications.proposePayout(id);
    }

    record NewApplication(@Positive long programmeId, @Nullable Long workerId, @Nullable Long memberId,
                          @Nullable List<@Nullable Boolean> answers, @Nullable String statement) {
    }

    record Text(@NotBlank String text) {
    }

    record Decision(boolean approve, @NotBlank String reason, boolean proposePayout) {
    }

    record ProgrammeWithBudget(ProgrammeView programme, BudgetUse budget) {
    }
}
