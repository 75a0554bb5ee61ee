package org.unionaid.people.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.people.HouseholdChanges;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.web.Paging;

/**
 * The caseworker's queue of workers' own changes to filed households ({@code /household-changes}, their branch
 * subtree, oldest first): accept applies the change, refuse needs a reason. The worker's page shows the same
 * pending changes; {@code back} returns there.
 */
@Controller
@PreAuthorize("hasRole('CASEWORKER')")
class HouseholdChangeController {

    private final HouseholdChanges changes;

    HouseholdChangeController(HouseholdChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/household-changes")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", changes.pending(Paging.page(page, 20)));
        return "people/households/changes";
    }

    @PostMapping("/household-changes/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) @Nullable Long back,
                  RedirectAttributes redirect) {
        try {
            changes.accept(id);
            redirect.addFlashAttribute("success", "householdChange.accepted");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", e.args());
        }
        return back(back);
    }

    @PostMapping("/household-changes/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                  @RequestParam(required = false) @Nullable Long back, RedirectAttributes redirect) {
        try {
            changes.refuse(id, reason);
            redirect.addFlashAttribute("success", "householdChange.refused");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", e.args());
        }
        return back(back);
    }

    private static String back(@Nullable Long workerId) {
        return workerId == null ? "redirect:/household-changes" : "redirect:/workers/" + workerId;
    }
}
