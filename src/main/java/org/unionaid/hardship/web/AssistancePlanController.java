package org.unionaid.hardship.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.hardship.AssistanceMeasureKind;
import org.unionaid.hardship.AssistanceMeasureStatus;
import org.unionaid.hardship.AssistancePlans;
import org.unionaid.payouts.PayoutView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Paging;

/** Measures of a file's assistance plan, and the overdue measures of the branch subtree. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
class AssistancePlanController {

    private final AssistancePlans plans;
    private final HardshipFilePage page;
    private final Times times;

    AssistancePlanController(AssistancePlans plans, HardshipFilePage page, Times times) {
        this.times = times;
        this.plans = plans;
        this.page = page;
    }

    @PostMapping("/hardship/files/{id}/measures")
    @PreAuthorize("hasRole('CASEWORKER')")
    String add(@PathVariable long id, @Valid @ModelAttribute("measureForm") AssistanceMeasureForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                plans.add(id, form.getKind() == null ? AssistanceMeasureKind.LIVING : form.getKind(),
                        String.valueOf(form.getDescription()), String.valueOf(form.getOwner()),
                        form.getDueOn() == null ? times.today() : form.getDueOn());
                redirect.addFlashAttribute("success", "assistanceMeasure.saved");
                return "redirect:/hardship/files/" + id;
            } catch (BusinessRuleException e) {
                result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            }
        }
        return page.show(id, model);
    }

    @PostMapping("/hardship/files/{id}/measures/{measureId}")
    @PreAuthorize("hasRole('CASEWORKER')")
    String update(@PathVariable long id, @PathVariable long measureId, @RequestParam AssistanceMeasureStatus status,
                  @RequestParam LocalDate dueOn, @RequestParam String owner, RedirectAttributes redirect) {
        plans.update(id, measureId, status, dueOn, owner);
        redirect.addFlashAttribute("success", "assistanceMeasure.saved");
        return "redirect:/hardship/files/" + id;
    }

    @PostMapping("/hardship/files/{id}/measures/{measureId}/payout")
    @PreAuthorize("hasRole('CASEWORKER')")
    String proposePayout(@PathVariable long id, @PathVariable long measureId,
                         @Valid @ModelAttribute("payoutForm") MeasurePayoutForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        form.setMeasureId(measureId);
        if (!result.hasErrors()) {
            try {
                PayoutView payout = plans.proposePayout(id, measureId, form.toRequest());
                redirect.addFlashAttribute("success", "assistanceMeasure.payout.proposed");
                redirect.addFlashAttribute("proposedPayout", payout.reference());
                return "redirect:/hardship/files/" + id + "#measure-" + measureId;
            } catch (BusinessRuleException e) {
                result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            }
        }
        return page.show(id, model);
    }

    @GetMapping("/hardship/measures/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("measures", plans.overdue(Paging.page(page, 25)));
        return "hardship/files/measures-overdue";
    }
}
