package org.unionaid.people.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.people.People;
import org.unionaid.people.WorkerSummary;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.Keyset;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/** The registry over JSON, with the same scoping as the pages; national IDs are only ever masked here. */
@RestController
@RequestMapping(path = "/api/v1/workers", produces = "application/json")
@Tag(name = "Workers", description = "The people registry: workers and their households, within your branch")
class WorkerApiController {

    private final People people;

    WorkerApiController(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Search workers of your branch subtree",
            description = "q: a whole national ID (exact), digits (phone prefix) or a name prefix; blank lists all.")
    @ApiResponse(responseCode = "200", description = "One page of workers, national IDs masked")
    WorkerPage search(@Parameter(description = "search text") @RequestParam(required = false) @Nullable String q,
                      @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                      @Parameter(description = "page size, at most 100") @RequestParam(defaultValue = "20") int size,
                      @Parameter(description = "name, birthDate or id") @RequestParam(defaultValue = "name") String sort,
                      @Parameter(description = "the next page: a page's `next` cursor (then page and sort are ignored)")
                      @RequestParam(required = false) @Nullable String after,
                      @Parameter(description = "the previous page: a page's `previous` cursor")
                      @RequestParam(required = false) @Nullable String before) {
        String cursor = after != null && !after.isBlank() ? after : before;
        if (cursor != null && !cursor.isBlank()) {
            if (!Keyset.wellFormed(cursor)) {
                throw new BusinessRuleException("paging.cursorInvalid");
            }
            Keyset.Page<WorkerSummary> result = people.browse(q, cursor, size);
            return new WorkerPage(new ApiPage<>(result.content(), 0, result.content().size(), result.total(), -1),
                    result.totalCapped(), result.previous(), result.next());
        }
        if (page == 0 && "name".equals(sort)) {
            // the first page in the list's own order: keyset, so the client can follow `next`
            Keyset.Page<WorkerSummary> result = people.browse(q, null, size);
            int pages = (int) Math.ceil(result.total() / (double) Math.min(Math.max(size, 1), 100));
            return new WorkerPage(new ApiPage<>(result.content(), 0, Math.min(Math.max(size, 1), 100), result.total(),
                    pages), result.totalCapped(), result.previous(), result.next());
        }
        Page<WorkerSummary> result = people.search(q, Paging.api(page, size, Sort.by(sort)));
        return new WorkerPage(ApiPage.of(result), CappedCount.capped(result.getTotalElements()), null, null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A worker with household and derived per-capita income")
    @ApiResponse(responseCode = "200", description = "The worker, national ID masked")
    @ApiResponse(responseCode = "404", description = "No such worker, or outside your branch")
    WorkerView get(@PathVariable long id) {
        return people.get(id);
    }

    /**
     * One page of a search: {@link ApiPage}'s fields and the cursors. {@code totalElements} stops at 10,001
     * ({@code totalCapped} then says "more than 10,000"); {@code next} and {@code previous} are keyset cursors for
     * {@code after} / {@code before} (null at either end, and on numbered pages other than the first; a page reached
     * by a cursor has {@code totalPages} -1).
     */
    record WorkerPage(@JsonUnwrapped ApiPage<WorkerSummary> list, boolean totalCapped, @Nullable String previous,
                      @Nullable String next) {
    }
}
