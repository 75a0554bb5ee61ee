package org.unionaid.programmes.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.unionaid.documents.FormFiles;
import org.unionaid.documents.DocumentKind;
import org.unionaid.people.HouseholdMemberView;
import org.unionaid.people.People;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.time.Times;

/**
 * A worker applies to a programme ({@code /programmes/{id}/apply}); a caseworker nominates a worker of their
 * subtree ({@code /programmes/{id}/nominate?workerId=}). A refused file or rule keeps the values entered.
 */
@Controller
@RequestMapping("/programmes/{id}")
class ApplyController {

    private final Programmes programmes;
    private final Applications applications;
    private final People people;
    private final Times times;

    ApplyController(Programmes programmes, Applications applications, People people, Times times) {
        this.times = times;
        this.programmes = programmes;
        this.applications = applications;
        this.people = people;
    }

    @GetMapping("/apply")
    @PreAuthorize("hasRole('WORKER')")
    String applyForm(@PathVariable long id, @RequestParam(required = false) @Nullable Long memberId, Model model) {
        WorkerView me = people.mine().orElseThrow(() -> new BusinessRuleException("application.noWorkerRecord"));
        ApplicationForm form = new ApplicationForm();
        // back from "add a household member" (/me/household/new?returnTo=...): the new member is chosen
        if (memberId != null && me.household().members().stream().anyMatch(m -> m.id() == memberId)) {
            form.setMemberId(memberId);
        }
        model.addAttribute("applicationForm", form);
        return page(id, me, false, model);
    }

    @PostMapping("/apply")
    @PreAuthorize("hasRole('WORKER')")
    String apply(@PathVariable long id, @Valid @ModelAttribute("applicationForm") ApplicationForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        WorkerView me = people.mine().orElseThrow(() -> new BusinessRuleException("application.noWorkerRecord"));
        form.setWorkerId(null);
        if (!result.hasErrors()) {
            try {
                ApplicationView application = applications.apply(form.toCommand(id));
                redirect.addFlashAttribute("success", application.eligible() ? "application.submitted"
                        : "application.submittedIneligible");
                return "redirect:/me/applications/" + application.id();
            } catch (BusinessRuleException e) {
                FormFiles.reject(result, e, java.util.Map.of("documents", form.getDocuments()));
            }
        }
        return page(id, me, false, model);
    }

    /** Without a worker: find one of the caseworker's subtree by name, phone or national ID first. */
    @GetMapping("/nominate")
    @PreAuthorize("hasRole('CASEWORKER')")
    String nominateForm(@PathVariable long id, @RequestParam(required = false) @Nullable Long workerId,
                        @RequestParam(required = false) @Nullable String q, Model model) {
        if (workerId == null) {
            model.addAttribute("programme", programmes.get(id));
            model.addAttribute("q", q == null ? "" : q);
            model.addAttribute("workers", q == null || q.isBlank() ? List.of()
                    : people.search(q, PageRequest.of(0, 20)).getContent());
            return "programmes/nominate";
        }
        ApplicationForm form = new ApplicationForm();
        form.setWorkerId(workerId);
        model.addAttribute("applicationForm", form);
        return page(id, people.get(workerId), true, model);
    }

    @PostMapping("/nominate")
    @PreAuthorize("hasRole('CASEWORKER')")
    String nominate(@PathVariable long id, @Valid @ModelAttribute("applicationForm") ApplicationForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        long workerId = form.getWorkerId() == null ? 0 : form.getWorkerId();
        WorkerView worker = people.get(workerId);
        if (!result.hasErrors()) {
            try {
                ApplicationView application = applications.nominate(form.toCommand(id));
                redirect.addFlashAttribute("success", "application.nominated");
                return "redirect:/applications/" + application.id();
            } catch (BusinessRuleException e) {
                FormFiles.reject(result, e, java.util.Map.of("documents", form.getDocuments()));
            }
        }
        return page(id, worker, true, model);
    }

    private String page(long id, WorkerView worker, boolean nomination, Model model) {
        ProgrammeView programme = programmes.get(id);
        model.addAttribute("programme", programme);
        if (model.getAttribute("applicationForm") instanceof ApplicationForm form) {
            form.answersFor(programme.questions().size());
        }
        model.addAttribute("worker", worker);
        model.addAttribute("nomination", nomination);
        model.addAttribute("open", programme.openOn(times.today()));
        List<HouseholdMemberView> members = worker.household().members();
        model.addAttribute("members", members);
        model.addAttribute("documentKinds", List.of(DocumentKind.ADMISSION_LETTER, DocumentKind.FEE_LIST,
                DocumentKind.INCOME_PROOF, DocumentKind.DIAGNOSIS, DocumentKind.ID_CARD, DocumentKind.OTHER));
        return "programmes/apply";
    }

}
