package org.unionaid.people.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.people.PeopleManagement;
import org.unionaid.people.WorkerSummary;
import org.unionaid.people.WorkerView;

/** The registry over JSON, with the same scoping as the pages; national IDs are only ever masked here. */
@RestController
@RequestMapping(path = "/api/v1/workers", produces = "application/json")
@Tag(name = "Workers", description = "The people registry: workers and their households, within your branch")
class WorkerApiController {

    private final PeopleManagement people;

    WorkerApiController(PeopleManagement people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Search workers of your branch subtree",
            description = "q: a whole national ID (exact), digits (phone prefix) or a name prefix; blank lists all.")
    @ApiResponse(responseCode = "200", description = "One page of workers, national IDs masked")
    WorkerPage search(@Parameter(description = "search text") @RequestParam(required = false) @Nullable String q,
                      @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                      @Parameter(description = "page size, at most 100") @RequestParam(defaultValue = "20") int size,
                      @Parameter(description = "name, birthDate or id") @RequestParam(defaultValue = "name") String sort) {
        Page<WorkerSummary> result = people.search(q, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100), Sort.by(sort)));
        return new WorkerPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
                result.getTotalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A worker with household and derived per-capita income")
    @ApiResponse(responseCode = "200", description = "The worker, national ID masked")
    @ApiResponse(responseCode = "404", description = "No such worker, or outside your branch")
    WorkerView get(@PathVariable long id) {
        return people.get(id);
    }

    /** One page of a search. */
    record WorkerPage(List<WorkerSummary> content, int page, int size, long totalElements, int totalPages) {
    }
}
