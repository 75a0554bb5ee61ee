package org.unionaid.notices.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.notices.ObjectionFinding;
import org.unionaid.notices.ObjectionState;
import org.unionaid.notices.ObjectionView;
import org.unionaid.notices.Objections;
import org.unionaid.shared.BusinessRuleException;

/** The staff queue of objections lodged on the public notice board, an objection's page and its resolution. */
@Controller
@RequestMapping("/objections")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
class ObjectionController {

    private static final int PAGE_SIZE = 25;

    private final Objections objections;

    ObjectionController(Objections objections) {
        this.objections = objections;
    }

    /** {@code state}: OPEN (the default), RESOLVED, or ALL. */
    @GetMapping
    String list(@RequestParam(name = "state", required = false) @Nullable String state,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ObjectionState filter = state == null || state.isBlank() ? ObjectionState.OPEN
                : "ALL".equals(state) ? null : parse(state);
        model.addAttribute("objections", objections.list(filter, page, PAGE_SIZE));
        model.addAttribute("state", filter == null ? "ALL" : filter.name());
        return "notices/objections";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("objection", objections.get(id));
        model.addAttribute("findings", ObjectionFinding.values());
        return "notices/objection-detail";
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    String resolve(@PathVariable long id, @RequestParam("version") long version,
                   @RequestParam(name = "finding", required = false) @Nullable ObjectionFinding finding,
                   @RequestParam(name = "reason", required = false) @Nullable String reason, Model model,
                   RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        String problem = finding == null ? "objection.finding.required" : null;
        if (problem == null) {
            try {
                ObjectionView resolved = objections.resolve(id, version, finding, reason == null ? "" : reason);
                redirect.addFlashAttribute("success", "objection.resolved." + resolved.finding());
                return "redirect:/objections/" + id;
            } catch (BusinessRuleException e) {
                problem = e.code();
            }
        }
        response.setStatus(422);
        model.addAttribute("objection", objections.get(id));
        model.addAttribute("findings", ObjectionFinding.values());
        model.addAttribute("problem", problem);
        model.addAttribute("chosenFinding", finding);
        model.addAttribute("typedReason", reason);
        return "notices/objection-detail";
    }

    private static ObjectionState parse(String state) {
        try {
            return ObjectionState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return ObjectionState.OPEN;
        }
    }
}
