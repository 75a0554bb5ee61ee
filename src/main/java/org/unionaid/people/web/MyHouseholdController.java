package org.unionaid.people.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.unionaid.people.EmploymentStatus;
import org.unionaid.people.HealthStatus;
import org.unionaid.people.HouseholdChangeOutcome;
import org.unionaid.people.HouseholdChanges;
import org.unionaid.people.People;
import org.unionaid.people.Relation;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.WorkerNotFoundException;
import org.unionaid.shared.BusinessRuleException;

/**
 * A worker keeps their own household members at {@code /me/household}. A form opened with {@code returnTo} (the
 * programme apply form, so a parent can add the child they apply for) goes back there with the new member chosen.
 * A change to a household with an open hardship file waits for the caseworker; the page says so.
 */
@Controller
@RequestMapping("/me/household")
@PreAuthorize("hasRole('WORKER')")
class MyHouseholdController {

    /** Only these pages may be returned to (no open redirect): the apply form of a programme. */
    private static final Pattern RETURN_TO = Pattern.compile("/programmes/\\d+/apply");

    private final People people;
    private final HouseholdChanges changes;

    MyHouseholdController(People people, HouseholdChanges changes) {
        this.people = people;
        this.changes = changes;
    }

    @GetMapping
    String household(Model model) {
        model.addAttribute("worker", people.mine().orElseThrow(() -> new WorkerNotFoundException(-1)));
        model.addAttribute("changes", changes.mine());
        model.addAttribute("filed", changes.myHouseholdFiled());
        return "people/me/household";
    }

    @GetMapping("/new")
    String newMember(@RequestParam(required = false) @Nullable String returnTo, Model model) {
        return form(null, new MemberForm(), returnTo, model);
    }

    @PostMapping("/new")
    String addMember(@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
                     @RequestParam(required = false) @Nullable String returnTo, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        return save(null, form, result, returnTo, model, redirect, response);
    }

    @GetMapping("/{memberId}")
    String editMember(@PathVariable long memberId, Model model) {
        return form(memberId, MemberForm.of(changes.myMember(memberId)), null, model);
    }

    @PostMapping("/{memberId}")
    String updateMember(@PathVariable long memberId, @Valid @ModelAttribute("memberForm") MemberForm form,
                        BindingResult result, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        changes.myMember(memberId);
        return save(memberId, form, result, null, model, redirect, response);
    }

    private String save(@Nullable Long memberId, MemberForm form, BindingResult result, @Nullable String returnTo,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                HouseholdChangeOutcome outcome = changes.propose(memberId, form.getVersion(), form.toDetails());
                String back = safe(returnTo);
                if (outcome.applied()) {
                    redirect.addFlashAttribute("success", "household.self.saved");
                    return back == null ? "redirect:/me/household"
                            : "redirect:" + back + "?memberId=" + outcome.member().id();
                }
                redirect.addFlashAttribute("success", "household.self.pending");
                return "redirect:" + (back == null ? "/me/household" : back);
            } catch (BusinessRuleException e) {
                WorkerController.reject(result, e);
            }
        }
        response.setStatus(422);
        return form(memberId, form, returnTo, model);
    }

    private String form(@Nullable Long memberId, MemberForm form, @Nullable String returnTo, Model model) {
        model.addAttribute("worker", people.mine().orElseThrow(() -> new WorkerNotFoundException(-1)));
        model.addAttribute("filed", changes.myHouseholdFiled());
        model.addAttribute("memberId", memberId);
        model.addAttribute("memberForm", form);
        model.addAttribute("returnTo", safe(returnTo));
        model.addAttribute("relations", Relation.values());
        model.addAttribute("healthStates", HealthStatus.values());
        model.addAttribute("schoolStages", SchoolStage.values());
        model.addAttribute("employmentStates", EmploymentStatus.values());
        return "people/me/member";
    }

    private static @Nullable String safe(@Nullable String returnTo) {
        return returnTo != null && RETURN_TO.matcher(returnTo).matches() ? returnTo : null;
    }
}
