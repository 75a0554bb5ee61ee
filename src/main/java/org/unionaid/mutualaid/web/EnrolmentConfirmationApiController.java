package org.unionaid.mutualaid.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.mutualaid.EnrolmentConfirmations;
import org.unionaid.mutualaid.EnrolmentView;

/** The district union's confirmation of enrolments over JSON (CASEWORKER or ADMIN of the employer's district). */
@RestController
@RequestMapping(path = "/api/v1/enrolments", produces = "application/json")
@Tag(name = "Mutual-aid enrolments")
class EnrolmentConfirmationApiController {

    private final EnrolmentConfirmations confirmations;

    EnrolmentConfirmationApiController(EnrolmentConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping("/pending")
    @Operation(summary = "Submitted enrolments awaiting confirmation in your subtree (CASEWORKER, ADMIN)")
    List<EnrolmentView> pending() {
        return confirmations.queue();
    }

    @PostMapping(path = "/confirm", consumes = "application/json")
    @Operation(summary = "Confirm submitted enrolments (all or none): coverage starts at 0:00 the next day")
    @ApiResponse(responseCode = "404", description = "An enrolment outside your subtree")
    @ApiResponse(responseCode = "422", description = "An enrolment is not awaiting confirmation")
    List<EnrolmentView> confirm(@Valid @RequestBody Confirm body) {
        return confirmations.confirm(body.ids());
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    @Operation(summary = "Reject a submitted enrolment with a reason")
    @ApiResponse(responseCode = "422", description = "No reason, or not awaiting confirmation")
    EnrolmentView reject(@PathVariable long id, @Valid @RequestBody Reject body) {
        return confirmations.reject(id, body.reason());
    }

    record Confirm(@NotEmpty List<@NotNull Long> ids) {
    }

    record Reject(@NotNull String reason) {
    }
}
