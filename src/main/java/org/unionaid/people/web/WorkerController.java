package org.unionaid.people.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.branches.Branches;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.People;
import org.unionaid.people.WorkerType;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;

/** Staff pages of the registry: search, a worker's record, register and edit. */
@Controller
@RequestMapping("/workers")
class WorkerController {

    private static final int PAGE_SIZE = 20;

    private final People people;
    private final Branches branches;
    private final org.unionaid.people.HouseholdChanges householdChanges;

    WorkerController(People people, Branches branches, org.unionaid.people.HouseholdChanges householdChanges) {
        this.people = people;
        this.branches = branches;
        this.householdChanges = householdChanges;
    }

    @GetMapping
    String search(@RequestParam(required = false) @Nullable String q,
                  @RequestParam(required = false) @Nullable String after,
                  @RequestParam(required = false) @Nullable String before, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", people.browse(q, after != null && !after.isBlank() ? after : before, PAGE_SIZE));
        model.addAttribute("mayEdit", mayEdit());
        return "people/workers/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return detail(people.get(id), null, model);
    }

    /** Shows the full national ID (audited). With htmx only the ID element is replaced. */
    @PostMapping("/{id}/national-id")
    String reveal(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                  Model model) {
        String full = people.revealNationalId(id);
        if (htmx != null) {
            model.addAttribute("fullNationalId", full);
            return "people/workers/fragments :: fullNationalId";
        }
        WorkerView worker = people.get(id);
        if (!People.isRegistryReader(Actors.required())) {
            // a worker unmasking their own ID stays on their own page
            model.addAttribute("worker", worker);
            model.addAttribute("fullNationalId", full);
            return "people/me";
        }
        return detail(worker, full, model);
    }

    private String detail(WorkerView worker, @Nullable String fullNationalId, Model model) {
        model.addAttribute("worker", worker);
        model.addAttribute("fullNationalId", fullNationalId);
        model.addAttribute("mayReveal", people.mayReveal(worker.id()));
        model.addAttribute("mayEdit", mayEdit());
        model.addAttribute("pendingChanges", householdChanges.pendingFor(worker.id()));
        model.addAttribute("mayEditAccount", org.unionaid.shared.security.Actors.required()
                .has(org.unionaid.shared.security.Role.CASEWORKER) || org.unionaid.shared.security.Actors.required()
                .has(org.unionaid.shared.security.Role.ADMIN));
        return "people/workers/detail";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireEditor();
        WorkerForm form = new WorkerForm();
        form.setBranchId(Actors.required().branchId());
        return form(form, false, model);
    }

    @PostMapping("/new")
    String register(@Valid @ModelAttribute("workerForm") WorkerForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        requireEditor();
        if (form.getNationalId() == null && !result.hasFieldErrors("nationalId")) {
            result.rejectValue("nationalId", "nationalId.required");
        }
        if (result.hasErrors()) {
            return form(form, false, model);
        }
        try {
            WorkerView created = people.register(form.toDetails());
            redirect.addFlashAttribute("success", "worker.registered");
            return "redirect:/workers/" + created.id();
        } catch (BusinessRuleException e) {
            reject(result, e);
            return form(form, false, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireEditor();
        WorkerView worker = people.get(id);
        model.addAttribute("worker", worker);
        return form(WorkerForm.of(worker), true, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("workerForm") WorkerForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        requireEditor();
        WorkerView current = people.get(id);
        model.addAttribute("worker", current);
        if (result.hasErrors()) {
            return form(form, true, model);
        }
        try {
            people.update(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "worker.saved");
            return "redirect:/workers/" + id;
        } catch (BusinessRuleException e) {
            reject(result, e);
            return form(form, true, model);
        }
    }

    private String form(WorkerForm form, boolean editing, Model model) {
        model.addAttribute("workerForm", form);
        model.addAttribute("editing", editing);
        model.addAttribute("branchChoices", branches.subtree(Actors.required().branchId()));
        model.addAttribute("employmentForms", EmploymentType.values());
        model.addAttribute("workerTypes", WorkerType.values());
        return "people/workers/form";
    }

    static void reject(BindingResult result, BusinessRuleException e) {
        switch (e.code()) {
            case "worker.nationalId.duplicate", "nationalId.invalid.format", "nationalId.invalid.date",
                 "nationalId.invalid.checksum" -> result.rejectValue("nationalId", e.code(), e.args(), e.code());
            case "worker.branch.outOfScope", "branch.inactive" ->
                    result.rejectValue("branchId", e.code(), e.args(), e.code());
            default -> result.reject(e.code(), e.args(), e.code());
        }
    }

    static boolean mayEdit() {
        return Actors.required().has(Role.CASEWORKER);
    }

    static void requireEditor() {
        if (!mayEdit()) {
            throw new AccessDeniedException("caseworkers only");
        }
    }
}
