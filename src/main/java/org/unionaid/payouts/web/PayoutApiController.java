package org.unionaid.payouts.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.payouts.BankResultOutcome;
import org.unionaid.payouts.BatchSummary;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.FundingShare;
import org.unionaid.payouts.FundingOption;
import org.unionaid.payouts.FundingSourceView;
import org.unionaid.payouts.BudgetUse;
import org.unionaid.payouts.PayoutFilter;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.PayoutSummary;
import org.unionaid.payouts.PayoutTransitionView;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.ProgrammeFunding;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.QueueTotals;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/** Payouts, batches and funding over JSON, with the same scoping and rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1/payouts", produces = "application/json")
@Tag(name = "Payouts", description = "Payouts of your branch subtree, maker-checker approval, bank batches, funding")
class PayoutApiController {

    private final Payouts payouts;
    private final PayoutQueries payoutQueries;
    private final DisbursementBatches batches;
    private final BankResults bankResults;
    private final Funding funding;
    private final MessageSource messages;

    PayoutApiController(Payouts payouts, PayoutQueries payoutQueries, DisbursementBatches batches,
                        BankResults bankResults, Funding funding, MessageSource messages) {
        this.payouts = payouts;
        this.payoutQueries = payoutQueries;
        this.batches = batches;
        this.bankResults = bankResults;
        this.funding = funding;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List payouts you may see, filtered, paged and sorted in the database")
    ApiPage<PayoutSummary> list(@RequestParam(required = false) @Nullable PayoutState state,
                                @RequestParam(required = false) @Nullable PayoutKind form,
                                @RequestParam(required = false) @Nullable PayoutSourceType sourceType,
                                @RequestParam(required = false) @Nullable Long programmeId,
                                @Parameter(description = "a branch of your subtree: its payouts and its sub-branches'")
                                @RequestParam(required = false) @Nullable Long branchId,
                                @Parameter(description = "proposed on or after (yyyy-MM-dd)")
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Nullable LocalDate from,
                                @Parameter(description = "proposed on or before (yyyy-MM-dd)")
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Nullable LocalDate to,
                                @Parameter(description = "page number, from 0")
                                @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "page size, at most 100")
                                @RequestParam(defaultValue = "20") int size,
                                @Parameter(description = "proposedAt, reference, amount, state, payeeName or "
                                        + "branchName, optionally ',asc'")
                                @RequestParam(required = false) @Nullable String sort) {
        Page<PayoutSummary> result = payoutQueries.search(new PayoutFilter(state, form, sourceType, programmeId,
                branchId, from, to), Paging.api(page, size, Paging.sort(sort, "proposedAt")));
        return ApiPage.of(result);
    }

    @GetMapping("/queue")
    @Operation(summary = "PROPOSED payouts you may approve (ADMIN), oldest first, with the totals")
    Queue queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<PayoutSummary> result = payoutQueries.approvalQueue(Paging.api(page, size));
        return new Queue(payoutQueries.approvalQueueTotals(), ApiPage.of(result));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A payout with its funding split")
    @ApiResponse(responseCode = "404", description = "No such payout, or outside what you may see")
    PayoutView get(@PathVariable long id) {
        return payoutQueries.get(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every transition of a payout")
    List<PayoutTransitionView> history(@PathVariable long id) {
        return payoutQueries.history(id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve (ADMIN, never your own proposal; idempotent; above the limit a second ADMIN too)")
    @ApiResponse(responseCode = "403", description = "Your own proposal, or not an ADMIN")
    @ApiResponse(responseCode = "422", description = "Refused: not PROPOSED, or not enough funding")
    PayoutView approve(@PathVariable long id) {
        return payouts.approve(id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "PROPOSED → REJECTED, with a reason (ADMIN)")
    PayoutView reject(@PathVariable long id, @Valid @RequestBody Reason body) {
        return payouts.reject(id, body.reason());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "PROPOSED or APPROVED → CANCELLED, with a reason (ADMIN); committed funding is released")
    PayoutView cancel(@PathVariable long id, @Valid @RequestBody Reason body) {
        return payouts.cancel(id, body.reason());
    }

    @GetMapping("/{id}/funding-options")
    @Operation(summary = "The programme's sources with what each has available now and this payout's share (ADMIN)")
    List<FundingOption> fundingOptions(@PathVariable long id) {
        return payoutQueries.fundingOptions(id);
    }

    @PostMapping("/{id}/split")
    @Operation(summary = "Re-split a PROPOSED payout over its programme's sources before approving (ADMIN, not the "
            + "proposer); shares must be positive and add up to the amount")
    @ApiResponse(responseCode = "422", description = "Sum differs, a source of another programme, or not enough available")
    PayoutView split(@PathVariable long id, @Valid @RequestBody Split body) {
        return payouts.resplit(id, body.shares() == null ? List.of() : body.shares());
    }

    @PostMapping("/{id}/reissue")
    @Operation(summary = "A new PROPOSED payout in place of a FAILED one (ADMIN)")
    PayoutView reissue(@PathVariable long id) {
        return payouts.reissue(id);
    }

    @PostMapping("/{id}/deliver")
    @Operation(summary = "An APPROVED in-kind payout was handed over: → PAID")
    PayoutView deliver(@PathVariable long id, @Valid @RequestBody Delivery body) {
        return payouts.markDelivered(id, body.deliveredOn(), body.deliverer());
    }

    @GetMapping("/batches")
    @Operation(summary = "Disbursement batches of your subtree (ADMIN, AUDITOR)")
    List<BatchSummary> batches(@RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
        return batches.list(Paging.api(page, size)).getContent();
    }

    @PostMapping("/batches")
    @Operation(summary = "Gather every APPROVED cash payout of your subtree into a new batch (ADMIN)")
    BatchView gather() {
        return batches.gather();
    }

    @GetMapping("/batches/{id}")
    @Operation(summary = "A batch with its lines (bank accounts masked)")
    BatchView batch(@PathVariable long id) {
        return batches.get(id);
    }

    @PostMapping("/batches/{id}/send")
    @Operation(summary = "Send a GATHERED batch: its bank files are written once and kept (SHA-256 in the batch); "
            + "every account is checked again (ADMIN)")
    BatchView send(@PathVariable long id) {
        return batches.send(id);
    }

    @PostMapping(path = "/batches/{id}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the bank's result file (CSV or .xlsx: reference, status PAID|FAILED, reason); "
            + "all rows or none")
    @ApiResponse(responseCode = "422", description = "Row-level problems; nothing was applied")
    BankResultOutcome results(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return bankResults.importResults(id, file.getBytes());
    }

    @GetMapping("/funding")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER', 'CLAIMS_REVIEWER', 'PARTNER')") // as the page
    @Operation(summary = "The funding sources of a programme you may see, and its budget use")
    @ApiResponse(responseCode = "404", description = "No such programme, or not visible to you")
    FundingOfProgramme funding(@RequestParam("programme") long programmeId) {
        ProgrammeFunding programme = funding.ofVisibleProgramme(programmeId);
        return new FundingOfProgramme(programme.sources(), programme.use());
    }

    record Reason(@NotBlank String reason) {
    }

    record Split(@jakarta.validation.constraints.NotEmpty List<@jakarta.validation.Valid FundingShare> shares) {
    }

    record Delivery(@NotNull LocalDate deliveredOn, @NotBlank String deliverer) {
    }

    record Queue(QueueTotals totals, ApiPage<PayoutSummary> payouts) {
    }

    record FundingOfProgramme(List<FundingSourceView> sources, BudgetUse use) {
    }
}
