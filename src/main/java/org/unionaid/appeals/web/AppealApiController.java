package org.unionaid.appeals.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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
import org.unionaid.appeals.AppealFilter;
import org.unionaid.appeals.AppealState;
import org.unionaid.appeals.AppealSubjectType;
import org.unionaid.appeals.AppealView;
import org.unionaid.appeals.Appeals;
import org.unionaid.appeals.LodgeAppeal;
import org.unionaid.documents.FormFiles;
import org.unionaid.shared.web.ApiPage;

/** Appeals over JSON, with the same scoping and rules as the pages (documents as multipart form data). */
@RestController
@RequestMapping(path = "/api/v1/appeals", produces = "application/json")
@Tag(name = "Appeals", description = "Appeals (申诉) against refused applications, rejected claims and cancelled files")
class AppealApiController {

    private final Appeals appeals;

    AppealApiController(Appeals appeals) {
        this.appeals = appeals;
    }

    @GetMapping
    @Operation(summary = "Appeals you may see: staff those of their subtree whose subject they read (open ones "
            + "soonest due first, else newest first); a worker their own")
    ApiPage<AppealView> list(@RequestParam(required = false) @Nullable AppealState state,
                            @Parameter(description = "only OPEN appeals past their due day")
                            @RequestParam(defaultValue = "false") boolean overdue,
                            @RequestParam(required = false) @Nullable AppealSubjectType subjectType,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(appeals.search(new AppealFilter(overdue ? AppealState.OPEN : state, overdue, subjectType),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An appeal with its documents")
    @ApiResponse(responseCode = "404", description = "No such appeal, or not visible to you")
    AppealView get(@PathVariable long id) {
        return appeals.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The signed-in worker appeals against a refusal of their own record, within the window")
    @ApiResponse(responseCode = "422", description = "Refused by a rule (not refused, window closed, already open)")
    AppealView lodge(@Valid @RequestBody NewAppeal body) {
        return appeals.lodge(new LodgeAppeal(body.subjectType(), body.subjectId(), body.reason(), List.of()));
    }

    @PostMapping(consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The same with documents: form fields subjectType, subjectId, reason and any number of "
            + "files named documents (checked by content and size like every upload; nothing is stored if one is "
            + "refused)")
    @ApiResponse(responseCode = "422", description = "Refused by a rule, or a document of a refused type or size")
    AppealView lodgeWithDocuments(@RequestParam AppealSubjectType subjectType, @RequestParam long subjectId,
                                  @RequestParam String reason,
                                  @RequestParam(name = "documents", required = false)
                                  @Nullable List<MultipartFile> documents) {
        return appeals.lodge(new LodgeAppeal(subjectType, subjectId, reason,
                FormFiles.of(documents == null ? List.of() : documents, LodgeAppeal.AppealDocument::new)));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decides an open appeal (UPHELD reopens the subject for a new decision, or DISMISSED); "
            + "never by the staff member who made the refusal")
    @ApiResponse(responseCode = "409", description = "The appeal changed since the given version")
    @ApiResponse(responseCode = "422", description = "Refused by a rule (own refusal, already decided)")
    AppealView decide(@PathVariable long id, @Valid @RequestBody Decision body) {
        return appeals.decide(id, body.outcome(), body.reason(), body.version());
    }

    record NewAppeal(@NotNull AppealSubjectType subjectType, @Positive long subjectId,
                     @NotBlank @Size(max = 2000) String reason) {
    }

    record Decision(@NotNull AppealState outcome, @NotBlank @Size(max = 2000) String reason, long version) {
    }
}
