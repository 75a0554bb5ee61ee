package org.unionaid.notices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
import org.unionaid.notices.LodgeObjection;
import org.unionaid.notices.ObjectionFinding;
import org.unionaid.notices.ObjectionState;
import org.unionaid.notices.ObjectionSubject;
import org.unionaid.notices.ObjectionView;
import org.unionaid.notices.Objections;
import org.unionaid.shared.web.ApiPage;

/** Objections to entries of the public notice board over JSON, with the same rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1/objections", produces = "application/json")
@Tag(name = "Objections", description = "Objections (异议) lodged on the public notice board, and their resolution")
class ObjectionApiController {

    private final Objections objections;

    ObjectionApiController(Objections objections) {
        this.objections = objections;
    }

    @GetMapping
    @Operation(summary = "Objections of your branch subtree: OPEN oldest first, or RESOLVED / all newest first")
    ApiPage<ObjectionView> list(@RequestParam(required = false) @Nullable ObjectionState state,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(objections.list(state, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One objection")
    @ApiResponse(responseCode = "404", description = "No such objection, or not of your subtree")
    ObjectionView get(@PathVariable long id) {
        return objections.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lodge an objection to an entry on notice now (e.g. from a partner's public kiosk)")
    @ApiResponse(responseCode = "422", description = "The entry is not on notice, or the text is missing")
    Lodged lodge(@Valid @RequestBody NewObjection body) {
        return new Lodged(objections.lodge(new LodgeObjection(body.subjectType(), body.subjectId(), body.text(),
                body.objectorName(), body.objectorContact())));
    }

    @PostMapping("/{id}/resolution")
    @Operation(summary = "Resolve an objection with a finding and its reason (CASEWORKER, ADMIN of the subtree)")
    @ApiResponse(responseCode = "409", description = "The objection changed since the version given")
    @ApiResponse(responseCode = "422", description = "Already resolved, or no reason given")
    ObjectionView resolve(@PathVariable long id, @Valid @RequestBody Resolution body) {
        return objections.resolve(id, body.version(), body.finding(), body.reason());
    }

    record NewObjection(@NotNull ObjectionSubject subjectType, @NotNull Long subjectId, @NotBlank String text,
                        @Nullable String objectorName, @Nullable String objectorContact) {
    }

    record Lodged(long id) {
    }

    record Resolution(@NotNull ObjectionFinding finding, @NotBlank String reason, long version) {
    }
}
