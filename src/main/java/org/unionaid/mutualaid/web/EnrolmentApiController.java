package org.unionaid.mutualaid.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.unionaid.mutualaid.ContributionLine;
import org.unionaid.mutualaid.EnrolStaff;
import org.unionaid.mutualaid.EnrolmentView;
import org.unionaid.mutualaid.Enrolments;
import org.unionaid.mutualaid.StaffLists;

/** An employer's enrolments over JSON: one by one or a whole staff list; the contributions due. */
@RestController
@RequestMapping(path = "/api/v1/enrolments", produces = "application/json")
@Tag(name = "Mutual-aid enrolments", description = "Employers enrol their staff in plans")
class EnrolmentApiController {

    private final Enrolments enrolments;
    private final StaffLists staffLists;

    EnrolmentApiController(Enrolments enrolments, StaffLists staffLists) {
        this.enrolments = enrolments;
        this.staffLists = staffLists;
    }

    @GetMapping
    @Operation(summary = "The enrolments of your organisation (EMPLOYER)")
    List<EnrolmentView> list() {
        return enrolments.ofMyOrganisation();
    }

    @GetMapping("/contributions")
    @Operation(summary = "Contributions due per plan term (EMPLOYER)")
    List<ContributionLine> contributions() {
        return enrolments.contributionsDue();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enrolment of your organisation, or your own")
    @ApiResponse(responseCode = "404", description = "No such enrolment, or not yours")
    EnrolmentView get(@PathVariable long id) {
        return enrolments.get(id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol one staff member (EMPLOYER)")
    EnrolmentView enrol(@Valid @RequestBody EnrolStaff body) {
        return enrolments.enrol(body);
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol a staff list (.xlsx or .csv: name, national ID, phone, plan code) — all or nothing")
    @ApiResponse(responseCode = "422", description = "The list has problems (in errors[], with row and column); nothing enrolled")
    List<EnrolmentView> importList(@RequestParam("file") MultipartFile file) throws IOException {
        return staffLists.importStaffList(file.getBytes(), file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename());
    }
}
