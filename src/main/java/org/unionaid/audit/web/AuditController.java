package org.unionaid.audit.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.audit.AuditTrail;
import org.unionaid.shared.security.Actors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail for AUDITOR and SYSADMIN, newest first, within the viewer's branch subtree. Read only:
 * the page has a filter and nothing that writes.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final int PAGE_SIZE = 25;

    private final AuditTrail audit;
    private final JsonMapper json;

    AuditController(AuditTrail audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** A date that does not parse is left out of the filter (and shown back as typed). */
    @GetMapping
    String browse(@ModelAttribute("filter") AuditFilterForm filter, BindingResult ignoredUnparsable,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        Page<AuditRow> events = audit.browse(filter.toFilter(), Actors.required().branchId(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(e -> AuditRow.of(e, json));
        model.addAttribute("events", events);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actions", audit.actions());
        return "audit/list";
    }
}
