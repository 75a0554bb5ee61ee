package org.unionaid.audit.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.audit.AuditEventView;
import org.unionaid.audit.AuditFilter;
import org.unionaid.audit.AuditTrail;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;

/** The audit trail over JSON for AUDITOR and SYSADMIN, scoped exactly like the page and its export. */
@RestController
@RequestMapping(path = "/api/v1/audit-events", produces = "application/json")
@Tag(name = "Audit trail", description = "Audit rows of your branch subtree, newest first (AUDITOR, SYSADMIN)")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit rows of your branch subtree; rows without a branch only for the root branch")
    ApiPage<AuditEventView> search(@RequestParam(required = false) @Nullable String actor,
                                   @RequestParam(required = false) @Nullable String entityType,
                                   @RequestParam(required = false) @Nullable String entityId,
                                   @RequestParam(required = false) @Nullable String action,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "25") int size) {
        Page<AuditEventView> result = audit.browse(new AuditFilter(actor, entityType, entityId, action, from, to),
                Paging.api(page, size));
        return ApiPage.of(result);
    }
}
