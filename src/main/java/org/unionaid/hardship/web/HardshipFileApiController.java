package org.unionaid.hardship.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileCancelReason;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileFilter;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.hardship.HardshipFileSummary;
import org.unionaid.hardship.HardshipFileView;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/** Hardship files over JSON, with the same scoping and rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1/hardship-files", produces = "application/json")
@Tag(name = "Hardship files", description = "Hardship-worker files of your branch subtree and their transitions")
class HardshipFileApiController {

    private final HardshipFiles files;

    HardshipFileApiController(HardshipFiles files) {
        this.files = files;
    }

    @GetMapping
    @Operation(summary = "List files of your branch subtree, filtered, paged and sorted in the database")
    @ApiResponse(responseCode = "200", description = "One page of files")
    ApiPage<HardshipFileSummary> list(@RequestParam(required = false) @Nullable HardshipFileState state,
                                      @RequestParam(required = false) @Nullable HardshipCategory category,
                                      @RequestParam(required = false) @Nullable HardshipFileLevel level,
                                      @RequestParam(required = false) @Nullable HardshipFileCause primaryCause,
                                      @Parameter(description = "owning caseworker's user id")
                                      @RequestParam(required = false) @Nullable Long caseworkerId,
                                      @Parameter(description = "a branch of your subtree: its files and its "
                                              + "sub-branches'")
                                      @RequestParam(required = false) @Nullable Long branchId,
                                      @Parameter(description = "page number, from 0")
                                      @RequestParam(defaultValue = "0") int page,
                                      @Parameter(description = "page size, at most 100")
                                      @RequestParam(defaultValue = "20") int size,
                                      @Parameter(description = "filedOn, fileNumber, workerName, state, category or "
                                              + "nextReviewDue, optionally ',asc'")
                                      @RequestParam(required = false) @Nullable String sort) {
        Page<HardshipFileSummary> result = files.search(new HardshipFileFilter(state, category, level, primaryCause,
                caseworkerId, branchId), Paging.api(page, size, Paging.sort(sort, "filedOn")));
        return ApiPage.of(result);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A file with its snapshot and history")
    @ApiResponse(responseCode = "404", description = "No such file, or outside your branch")
    HardshipFileView get(@PathVariable long id) {
        return files.get(id);
    }

    @PostMapping("/{id}/submit-for-review")
    @Operation(summary = "DRAFT → IN_REVIEW")
    HardshipFileView submit(@PathVariable long id) {
        return files.submitForReview(id);
    }

    @PostMapping("/{id}/start-public-notice")
    @Operation(summary = "IN_REVIEW → PUBLIC_NOTICE (the approval; CASEWORKER or ADMIN)")
    HardshipFileView startNotice(@PathVariable long id) {
        return files.startPublicNotice(id);
    }

    @PostMapping("/{id}/raise-objection")
    @Operation(summary = "PUBLIC_NOTICE → IN_REVIEW, with a reason")
    HardshipFileView objection(@PathVariable long id, @Valid @RequestBody Reason body) {
        return files.raiseObjection(id, body.reason());
    }

    @PostMapping("/{id}/activate-after-notice")
    @Operation(summary = "PUBLIC_NOTICE → ACTIVE once the notice has ended")
    HardshipFileView activate(@PathVariable long id) {
        return files.activateAfterNotice(id);
    }

    @PostMapping("/{id}/exit")
    @Operation(summary = "ACTIVE → EXITED → MONITORING, with a reason")
    HardshipFileView exit(@PathVariable long id, @Valid @RequestBody Reason body) {
        return files.exit(id, body.reason());
    }

    @PostMapping("/{id}/reopen-after-relapse")
    @Operation(summary = "MONITORING → ACTIVE (origin RELAPSED), with a reason")
    HardshipFileView relapse(@PathVariable long id, @Valid @RequestBody Reason body) {
        return files.reopenAfterRelapse(id, body.reason());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "MONITORING → CLOSED once the monitoring has ended")
    HardshipFileView close(@PathVariable long id) {
        return files.close(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Any state but CLOSED and CANCELLED → CANCELLED, with a reason code and text")
    HardshipFileView cancel(@PathVariable long id, @Valid @RequestBody Cancellation body) {
        return files.cancel(id, body.code(), body.reason());
    }

    record Reason(@NotBlank String reason) {
    }

    record Cancellation(@NotNull HardshipFileCancelReason code, @NotBlank String reason) {
    }
}
