package org.unionaid.people.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.people.EmploymentStatus;
import org.unionaid.people.HealthStatus;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.Relation;
import org.unionaid.people.SchoolStage;
import org.unionaid.shared.BusinessRuleException;

/** A caseworker records a worker's household figures and members. */
@Controller
@RequestMapping("/workers/{workerId}")
class HouseholdController {

    private final People people;
    private final Households households;

    HouseholdController(People people, Households households) {
        this.people = people;
        this.households = households;
    }

    @GetMapping("/household")
    String householdForm(@PathVariable long workerId, Model model) {
        WorkerController.requireEditor();
        var worker = people.get(workerId);
        model.addAttribute("worker", worker);
        model.addAttribute("householdForm", HouseholdForm.of(worker.household()));
        return "people/households/form";
    }

    @PostMapping("/household")
    String saveHousehold(@PathVariable long workerId, @Valid @ModelAttribute("householdForm") HouseholdForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        WorkerController.requireEditor();
        if (result.hasErrors()) {
            model.addAttribute("worker", people.get(workerId));
            return "people/households/form";
        }
        households.updateHousehold(workerId, form.toDetails());
        redirect.addFlashAttribute("success", "household.saved");
        return "redirect:/workers/" + workerId;
    }

    @GetMapping("/members/new")
    String newMember(@PathVariable long workerId, Model model) {
        WorkerController.requireEditor();
        return memberForm(workerId, null, new MemberForm(), model);
    }

    @PostMapping("/members/new")
    String addMember(@PathVariable long workerId, @Valid @ModelAttribute("memberForm") MemberForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        WorkerController.requireEditor();
        if (result.hasErrors()) {
            return memberForm(workerId, null, form, model);
        }
        try {
            households.addMember(workerId, form.toDetails());
        } catch (BusinessRuleException e) {
            WorkerController.reject(result, e);
            return memberForm(workerId, null, form, model);
        }
        redirect.addFlashAttribute("success", "member.saved");
        return "redirect:/workers/" + workerId;
    }

    @GetMapping("/members/{memberId}")
    String editMember(@PathVariable long workerId, @PathVariable long memberId, Model model) {
        WorkerController.requireEditor();
        return memberForm(workerId, memberId, MemberForm.of(households.member(workerId, memberId)), model);
    }

    @PostMapping("/members/{memberId}")
    String updateMember(@PathVariable long workerId, @PathVariable long memberId,
                        @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        WorkerController.requireEditor();
        if (result.hasErrors()) {
            return memberForm(workerId, memberId, form, model);
        }
        try {
            households.updateMember(workerId, memberId, form.getVersion(), form.toDetails());
        } catch (BusinessRuleException e) {
            WorkerController.reject(result, e);
            return memberForm(workerId, memberId, form, model);
        }
        redirect.addFlashAttribute("success", "member.saved");
        return "redirect:/workers/" + workerId;
    }

    @PostMapping("/members/{memberId}/remove")
    String removeMember(@PathVariable long workerId, @PathVariable long memberId, RedirectAttributes redirect) {
        WorkerController.requireEditor();
        households.removeMember(workerId, memberId);
        redirect.addFlashAttribute("success", "member.removed");
        return "redirect:/workers/" + workerId;
    }

    private String memberForm(long workerId, Long memberId, MemberForm form, Model model) {
        model.addAttribute("worker", people.get(workerId));
        model.addAttribute("memberId", memberId);
        model.addAttribute("memberForm", form);
        model.addAttribute("relations", Relation.values());
        model.addAttribute("healthStates", HealthStatus.values());
        model.addAttribute("schoolStages", SchoolStage.values());
        model.addAttribute("employmentStates", EmploymentStatus.values());
        return "people/members/form";
    }
}
