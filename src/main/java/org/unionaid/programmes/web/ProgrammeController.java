package org.unionaid.programmes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.payouts.BudgetUse;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.FundingSourceView;
import org.unionaid.payouts.PayoutFilter;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.SchoolStage;
import org.unionaid.programmes.BenefitKind;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeSummary;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.programmes.TierHousehold;
import org.unionaid.programmes.WhoMayApply;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Paging;

/** The programmes list with budget use, a programme's page with its funding chart, and the ADMIN's forms. */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    private static final int PAGE_SIZE = 25;

    private final Programmes programmes;
    private final Funding funding;
    private final PayoutQueries payoutQueries;
    private final Branches branches;
    private final MessageSource messages;
    private final Times times;

    ProgrammeController(Programmes programmes, Funding funding, PayoutQueries payoutQueries, Branches branches,
                        MessageSource messages, Times times) {
        this.times = times;
        this.programmes = programmes;
        this.funding = funding;
        this.payoutQueries = payoutQueries;
        this.branches = branches;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var result = programmes.list(Paging.page(page, PAGE_SIZE));
        Map<Long, BudgetUse> budgets = new LinkedHashMap<>();
        for (ProgrammeSummary p : result.getContent()) {
            budgets.put(p.id(), funding.useOf(p.id()));
        }
        model.addAttribute("programmes", result);
        model.addAttribute("countCap", org.unionaid.shared.sql.CappedCount.CAP);
        model.addAttribute("budgets", budgets);
        model.addAttribute("today", times.today());
        return "programmes/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        ProgrammeView programme = programmes.get(id);
        Actor actor = Actors.required();
        List<FundingSourceView> sources = funding.ofProgramme(id);
        model.addAttribute("programme", programme);
        model.addAttribute("budget", funding.useOf(id));
        model.addAttribute("sources", sources);
        model.addAttribute("chart", chartData(sources, locale));
        model.addAttribute("mayEdit", programmes.mayEdit(programme));
        boolean open = programme.openOn(times.today());
        model.addAttribute("mayApply", actor.workerId() != null && actor.has(Role.WORKER) && open
                && programme.whoMayApply().allowsSelf());
        model.addAttribute("mayNominate", actor.has(Role.CASEWORKER) && open
                && programme.whoMayApply().allowsNomination());
        model.addAttribute("staffOrPartner", actor.isStaff());
        if (actor.has(Role.PARTNER) || actor.has(Role.ADMIN) || actor.has(Role.AUDITOR)) {
            model.addAttribute("payouts", payoutQueries.search(new PayoutFilter(null, null, null, id, null, null, null),
                    PageRequest.of(0, 50)).getContent());
        }
        return "programmes/detail";
    }

    /** Labels and the three stacked series (committed, paid, available) per source, as JSON for the chart. */
    private String chartData(List<FundingSourceView> sources, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<String> committed = new ArrayList<>();
        List<String> paid = new ArrayList<>();
        List<String> available = new ArrayList<>();
        for (FundingSourceView s : sources) {
            labels.add("\"" + s.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            committed.add(s.committed().toPlainString());
            paid.add(s.paid().toPlainString());
            available.add(s.available().toPlainString());
        }
        return "{\"labels\":" + labels + ",\"series\":[" + series(msg("programme.budget.paid", locale), paid)
                + "," + series(msg("programme.budget.committed", locale), committed) + ","
                + series(msg("programme.budget.available", locale), available) + "]}";
    }

    private static String series(String label, List<String> values) {
        return "{\"label\":\"" + label + "\",\"data\":" + values + "}";
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    // ---- ADMIN: create, edit, pledge ----------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newProgramme(Model model) {
        ProgrammeForm form = new ProgrammeForm();
        form.setBranchId(Actors.required().branchId());
        LocalDate today = times.today();
        form.setPeriodStart(today.withDayOfYear(1));
        form.setPeriodEnd(today.withDayOfYear(today.lengthOfYear()));
        form.setApplyFrom(today);
        form.setApplyTo(today.plusMonths(2));
        model.addAttribute("programmeForm", form);
        return formPage(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        form.fill();
        if (result.hasErrors()) {
            return formPage(model, null);
        }
        try {
            ProgrammeView created = programmes.create(form.toDetails(times.today()));
            redirect.addFlashAttribute("success", "programme.saved");
            return "redirect:/programmes/" + created.id();
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return formPage(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("programmeForm", ProgrammeForm.of(programmes.get(id)));
        return formPage(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        form.fill();
        if (result.hasErrors()) {
            return formPage(model, id);
        }
        try {
            programmes.update(id, form.getVersion(), form.toDetails(times.today()));
            redirect.addFlashAttribute("success", "programme.saved");
            return "redirect:/programmes/" + id;
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return formPage(model, id);
        }
    }

    private String formPage(Model model, @Nullable Long id) {
        model.addAttribute("programmeId", id);
        model.addAttribute("kinds", ProgrammeKind.values());
        model.addAttribute("whoMayApplyValues", WhoMayApply.values());
        model.addAttribute("forms", BenefitKind.values());
        model.addAttribute("categories", HardshipCategory.values());
        model.addAttribute("stages", SchoolStage.values());
        model.addAttribute("employmentForms", EmploymentType.values());
        model.addAttribute("households", TierHousehold.values());
        model.addAttribute("branches", branches.subtree(Actors.required().branchId()));
        return "programmes/form";
    }
}
