package org.unionaid.audit.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.audit.ActorNames;
import org.unionaid.audit.AuditTrail;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Paging;
import tools.jackson.databind.json.JsonMapper;
import org.unionaid.shared.web.Downloads;

/**
 * The audit trail for AUDITOR and SYSADMIN, newest first, within the viewer's branch subtree. Read only:
 * the page has a filter and nothing that writes.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final int PAGE_SIZE = 25;
    /** An export holds at most this many rows (the newest); narrow the filter for older ones. */
    static final int EXPORT_LIMIT = 10_000;

    private final AuditTrail audit;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Times times;

    private final ActorNames names;

    AuditController(AuditTrail audit, JsonMapper json, MessageSource messages, Times times, ActorNames names) {
        this.names = names;
        this.audit = audit;
        this.json = json;
        this.messages = messages;
        this.times = times;
    }

    /** A date that does not parse is left out of the filter (and shown back as typed). */
    @GetMapping
    String browse(@ModelAttribute("filter") AuditFilterForm filter, BindingResult ignoredUnparsable,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        Page<AuditRow> events = audit.browse(filter.toFilter(),
                Paging.page(page, PAGE_SIZE)).map(e -> AuditRow.of(e, json, times));
        model.addAttribute("events", events);
        model.addAttribute("actorNames", names.namesOf(events.getContent().stream().map(r -> r.event().actor())
                .toList()));
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actions", audit.actions());
        return "audit/list";
    }

    /** The rows of the current filter as an Excel sheet. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult ignoredUnparsable,
                                  Locale locale) {
        byte[] workbook = AuditWorkbook.of(audit.browse(filter.toFilter(),
                PageRequest.of(0, EXPORT_LIMIT)).getContent(), messages, locale, times.zone());
        return Downloads.xlsx("audit-trail.xlsx", workbook);
    }
}
