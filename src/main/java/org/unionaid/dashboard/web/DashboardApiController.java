package org.unionaid.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.dashboard.Dashboard;
import org.unionaid.dashboard.DashboardView;

/** The dashboard's figures as JSON; a section the caller's roles do not cover is null. */
@RestController
@RequestMapping(path = "/api/v1/dashboard", produces = "application/json")
@Tag(name = "Dashboard", description = "Figures of the caller's branch subtree")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')")
class DashboardApiController {

    private final Dashboard dashboard;

    DashboardApiController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    @Operation(summary = "Open leads, active files, claims, money paid per month and budget use of the caller's subtree")
    DashboardView get() {
        return dashboard.forCurrentUser();
    }
}
