package org.unionaid.hardship.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.hardship.EligibilityRules;
import org.unionaid.shared.BusinessRuleException;

/** Eligibility rule sets: everyone on staff may read them; ADMINs add new ones. */
@Controller
@RequestMapping("/hardship/eligibility-rules")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'SYSADMIN')")
class EligibilityRulesController {

    private final EligibilityRules rules;

    EligibilityRulesController(EligibilityRules rules) {
        this.rules = rules;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("ruleSets", rules.all());
        return "hardship/eligibility/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSADMIN')")
    String form(Model model) {
        model.addAttribute("ruleSetForm", new RuleSetForm());
        return "hardship/eligibility/form";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSADMIN')")
    String create(@Valid @ModelAttribute("ruleSetForm") RuleSetForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "hardship/eligibility/form";
        }
        try {
            rules.create(form.toCommand());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return "hardship/eligibility/form";
        }
        redirect.addFlashAttribute("success", "eligibility.rule.created");
        return "redirect:/hardship/eligibility-rules";
    }
}
