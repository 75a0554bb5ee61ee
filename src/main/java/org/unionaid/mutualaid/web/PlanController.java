package org.unionaid.mutualaid.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.mutualaid.BenefitBasis;
import org.unionaid.mutualaid.CountedAmounts;
import org.unionaid.mutualaid.MutualAidPlans;
import org.unionaid.mutualaid.PlanType;
import org.unionaid.mutualaid.PlanView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.time.Times;

/** Plans and their rule versions: ADMINs manage them, reviewers, employers and auditors read them. */
@Controller
@RequestMapping("/mutualaid/plans")
@PreAuthorize("hasAnyRole('ADMIN', 'CLAIMS_REVIEWER', 'EMPLOYER', 'AUDITOR')")
class PlanController {

    private final MutualAidPlans plans;
    private final Times times;

    PlanController(MutualAidPlans plans, Times times) {
        this.times = times;
        this.plans = plans;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("plans", plans.all());
        return "mutualaid/plans/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newPlan(Model model) {
        model.addAttribute("planForm", new PlanForm());
        return form(model, true);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PlanView plan = plans.create(form.toDetails(times.today()), form.toRule(), form.toTerms());
                redirect.addFlashAttribute("success", "plan.saved");
                return "redirect:/mutualaid/plans/" + plan.id();
            } catch (BusinessRuleException e) {
                MutualAidMessages.reject(result, e);
            }
        }
        return form(model, true);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        PlanView plan = plans.get(id);
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("ruleVersionForm")) {
            // a new version starts from the latest one's enrolment terms, so they are not reset by accident
            RuleVersionForm form = new RuleVersionForm();
            if (!plan.rules().isEmpty()) {
                form.setTerms(plan.rules().get(plan.rules().size() - 1).terms());
            }
            model.addAttribute("ruleVersionForm", form);
        }
        enums(model);
        return "mutualaid/plans/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("planForm", PlanForm.of(plans.get(id)));
        model.addAttribute("planId", id);
        return form(model, false);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                plans.update(id, form.getVersion(), form.toDetails(times.today()));
                redirect.addFlashAttribute("success", "plan.saved");
                return "redirect:/mutualaid/plans/" + id;
            } catch (BusinessRuleException e) {
                MutualAidMessages.reject(result, e);
            }
        }
        model.addAttribute("planId", id);
        return form(model, false);
    }

    @PostMapping("/{id}/rules")
    @PreAuthorize("hasRole('ADMIN')")
    String addRules(@PathVariable long id, @Valid @ModelAttribute("ruleVersionForm") RuleVersionForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && form.getValidFrom() != null) {
            try {
                plans.addRules(id, form.getValidFrom(), form.toRule(), form.toTerms());
                redirect.addFlashAttribute("success", "plan.rules.saved");
                return "redirect:/mutualaid/plans/" + id;
            } catch (BusinessRuleException e) {
                MutualAidMessages.reject(result, e);
            }
        }
        return detail(id, model);
    }

    private static String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        enums(model);
        return "mutualaid/plans/form";
    }

    private static void enums(Model model) {
        model.addAttribute("types", PlanType.values());
        model.addAttribute("bases", BenefitBasis.values());
        model.addAttribute("countedAmounts", CountedAmounts.values());
        model.addAttribute("termKinds", org.unionaid.mutualaid.TermKind.values());
        model.addAttribute("lateJoinerRules", org.unionaid.mutualaid.LateJoinerRule.values());
    }
}
