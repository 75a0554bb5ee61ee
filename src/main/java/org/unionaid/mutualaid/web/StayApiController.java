package org.unionaid.mutualaid.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import org.unionaid.mutualaid.HospitalStays;
import org.unionaid.mutualaid.PendingStayClaim;
import org.unionaid.mutualaid.StayConfirmations;
import org.unionaid.mutualaid.StayImportView;
import org.unionaid.mutualaid.StayQueries;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/** Zero-touch hospital-stay benefits over JSON, scoped like the page: another subtree's import answers 404. */
@RestController
@RequestMapping(path = "/api/v1/hospital-stays", produces = "application/json")
@Tag(name = "Hospital stays (免申即享)", description = "Settlement data imports and the claims made of them")
class StayApiController {

    private final HospitalStays stays;
    private final StayQueries queries;
    private final StayConfirmations confirmations;

    StayApiController(HospitalStays stays, StayQueries queries, StayConfirmations confirmations) {
        this.stays = stays;
        this.queries = queries;
        this.confirmations = confirmations;
    }

    @GetMapping
    @Operation(summary = "The imports of your branch subtree with their rows, newest first (CLAIMS_REVIEWER)")
    ApiPage<StayImportView> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(queries.imports(Paging.api(page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import with its rows (CLAIMS_REVIEWER of its subtree)")
    @ApiResponse(responseCode = "404", description = "No such import, or outside your branch subtree")
    StayImportView get(@PathVariable long id) {
        return queries.get(id);
    }

    @GetMapping("/pending")
    @Operation(summary = "Imported claims of your subtree waiting for confirmation, with their explanation lines")
    List<PendingStayClaim> pending() {
        return queries.pending();
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import settlement data (.xlsx or .csv: national ID, hospital, admission date, discharge "
            + "date, invoice total, basic-insurance paid, self-paid) — all or nothing; stays imported before add "
            + "nothing")
    @ApiResponse(responseCode = "422", description = "The file has problems (in errors[], with row and column); "
            + "nothing imported")
    StayImportView importFile(@RequestParam("file") MultipartFile file) throws IOException {
        return stays.importFile(file.getBytes(), file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename());
    }

    /** The imported claims to confirm. */
    record ConfirmRequest(@NotEmpty List<Long> claimIds) {
    }

    @PostMapping(path = "/confirm", consumes = "application/json")
    @Operation(summary = "Confirm imported claims: each approved as a reviewer's approval; refusals are listed")
    StayConfirmations.Result confirm(@Valid @RequestBody ConfirmRequest body) {
        return confirmations.confirm(body.claimIds());
    }
}
