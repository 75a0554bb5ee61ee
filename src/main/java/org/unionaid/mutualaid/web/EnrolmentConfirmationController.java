package org.unionaid.mutualaid.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.unionaid.branches.Branches;
import org.unionaid.mutualaid.EnrolmentConfirmations;
import org.unionaid.mutualaid.EnrolmentView;
import org.unionaid.shared.BusinessRuleException;

/**
 * The district union's confirmation queue: the submitted enrolments of the employers in the caseworker's or
 * admin's subtree, by employer; confirm the chosen ones (coverage from the next day) or reject one with a reason.
 */
@Controller
@RequestMapping("/mutualaid/confirmations")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
class EnrolmentConfirmationController {

    private final EnrolmentConfirmations confirmations;
    private final Branches branches;

    EnrolmentConfirmationController(EnrolmentConfirmations confirmations, Branches branches) {
        this.confirmations = confirmations;
        this.branches = branches;
    }

    @GetMapping
    String queue(Model model) {
        List<EnrolmentView> pending = confirmations.queue();
        Map<Long, String> employers = new LinkedHashMap<>();
        pending.forEach(e -> employers.computeIfAbsent(e.employerBranchId(), id -> branches.get(id).name()));
        model.addAttribute("pending", pending);
        model.addAttribute("employers", employers);
        return "mutualaid/enrolments/confirmations";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
                   RedirectAttributes redirect) {
        try {
            List<EnrolmentView> confirmed = confirmations.confirm(ids == null ? List.of() : ids);
            redirect.addFlashAttribute("success", "enrolment.confirm.done");
            redirect.addFlashAttribute("confirmedCount", confirmed.size());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", MutualAidMessages.args(e.args()));
        }
        return "redirect:/mutualaid/confirmations";
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(name = "reason", defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        try {
            confirmations.reject(id, reason);
            redirect.addFlashAttribute("success", "enrolment.reject.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", MutualAidMessages.args(e.args()));
        }
        return "redirect:/mutualaid/confirmations";
    }
}
