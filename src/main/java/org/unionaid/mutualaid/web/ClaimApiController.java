package org.unionaid.mutualaid.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.DocumentView;
import org.unionaid.mutualaid.ClaimFilter;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.mutualaid.ClaimSummary;
import org.unionaid.mutualaid.ClaimView;
import org.unionaid.mutualaid.Claims;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.mutualaid.FileClaim;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/**
 * Mutual-aid claims over JSON with their actions, scoped like the pages: a claim outside the caller's reach
 * answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = "application/json")
@Tag(name = "Mutual-aid claims", description = "Filing, submitting and adjudicating claims")
class ClaimApiController {

    private final Claims claims;
    private final ClaimQueries claimQueries;

    ClaimApiController(Claims claims, ClaimQueries claimQueries) {
        this.claims = claims;
        this.claimQueries = claimQueries;
    }

    @GetMapping
    @Operation(summary = "The review queue of your branch subtree, oldest submission first (CLAIMS_REVIEWER, CASEWORKER)")
    ClaimPage queue(@Parameter(description = "one state; default: all open claims")
                    @RequestParam(required = false) @Nullable ClaimState state,
                    @RequestParam(required = false) @Nullable Long planId,
                    @Parameter(description = "a branch of your subtree")
                    @RequestParam(required = false) @Nullable Long branchId,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<ClaimSummary> result = claimQueries.queue(new ClaimFilter(state, planId, branchId),
                Paging.api(page, size));
        return new ClaimPage(ApiPage.of(result));
    }

    @GetMapping("/mine")
    @Operation(summary = "Your own claims (WORKER)")
    List<ClaimSummary> mine() {
        return claimQueries.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A claim with the calculator's explanation, duplicate invoices, documents and history")
    @ApiResponse(responseCode = "404", description = "No such claim, or outside your reach")
    ClaimView get(@PathVariable long id) {
        return claimQueries.get(id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a claim as a DRAFT (WORKER for themselves, CASEWORKER with workerId)")
    ClaimView file(@Valid @RequestBody FileClaim body) {
        return claims.file(body);
    }

    @PostMapping(path = "/{id}/documents", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a document (diagnosis certificate, invoice, discharge summary…)")
    DocumentView attach(@PathVariable long id, @RequestParam DocumentKind kind,
                        @RequestParam("file") MultipartFile file) throws IOException {
        return claims.attach(id, kind, file.getOriginalFilename() == null ? "document" : file.getOriginalFilename(),
                file.getBytes());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a DRAFT; refused (422) outside coverage, in the waiting period, past the deadline "
            + "or over the yearly number of claims")
    ClaimView submit(@PathVariable long id) {
        return claims.submit(id);
    }

    @PostMapping(path = "/{id}/answer", consumes = "application/json")
    @Operation(summary = "Answer a request for more information")
    ClaimView answer(@PathVariable long id, @Valid @RequestBody Text body) {
        return claims.answer(id, body.text());
    }

    @PostMapping("/{id}/start-review")
    @Operation(summary = "Start reviewing a SUBMITTED claim (CLAIMS_REVIEWER)")
    ClaimView startReview(@PathVariable long id) {
        return claims.startReview(id);
    }

    @PostMapping(path = "/{id}/request-info", consumes = "application/json")
    @Operation(summary = "Ask the claimant for more information (CLAIMS_REVIEWER); the claimant is notified")
    ClaimView requestInfo(@PathVariable long id, @Valid @RequestBody Text body) {
        return claims.requestMoreInfo(id, body.text());
    }

    @PostMapping(path = "/{id}/approve", consumes = "application/json")
    @Operation(summary = "Approve with the calculated amount, or overrideAmount with overrideReason (CLAIMS_REVIEWER)")
    ClaimView approve(@PathVariable long id, @RequestBody(required = false) @Nullable Approval body) {
        return body == null ? claims.approve(id, null, null)
                : claims.approve(id, body.overrideAmount(), body.overrideReason());
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    @Operation(summary = "Reject with a reason (CLAIMS_REVIEWER)")
    ClaimView reject(@PathVariable long id, @Valid @RequestBody Text body) {
        return claims.reject(id, body.text());
    }

    /**
     * One page of claims: {@link ApiPage}'s fields, and {@code number}, the same as {@code page}, which this list
     * answered before the API had one page shape; kept so existing clients keep working.
     */
    record ClaimPage(@JsonUnwrapped ApiPage<ClaimSummary> list) {

        @JsonProperty("number")
        @Schema(description = "the same as `page` (deprecated: read `page`)", deprecated = true)
        public int number() {
            return list.page();
        }
    }

    record Text(@NotBlank String text) {
    }

    record Approval(@Nullable BigDecimal overrideAmount, @Nullable String overrideReason) {
    }
}
