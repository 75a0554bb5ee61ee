package org.unionaid.hardship.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.unionaid.branches.BranchView;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.FormFiles;
import org.unionaid.hardship.LeadFilter;
import org.unionaid.hardship.LeadSource;
import org.unionaid.hardship.LeadState;
import org.unionaid.hardship.LeadView;
import org.unionaid.hardship.Leads;
import org.unionaid.hardship.Visits;
import org.unionaid.hardship.Upload;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Paging;
import org.unionaid.shared.web.Downloads;

@Controller
@RequestMapping("/leads")
class LeadController {

    private final Leads leads;
    private final Visits visits;
    private final Branches branches;
    private final org.springframework.context.MessageSource messages;
    private final Times times;

    LeadController(Leads leads, Visits visits, Branches branches,
                   org.springframework.context.MessageSource messages, Times times) {
        this.leads = leads;
        this.visits = visits;
        this.branches = branches;
        this.messages = messages;
        this.times = times;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('VOLUNTEER', 'CASEWORKER')")
    String reportForm(Model model) {
        Actor actor = Actors.required();
        LeadForm form = new LeadForm();
        form.setBranchId(actor.branchId());
        model.addAttribute("leadForm", form);
        return reportView(model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('VOLUNTEER', 'CASEWORKER')")
    String report(@Valid @ModelAttribute("leadForm") LeadForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return reportView(model);
        }
        Actor actor = Actors.required();
        List<Upload> photos = FormFiles.of(form.getPhotos(), (name, bytes) -> new Upload(DocumentKind.PHOTO, name, bytes));
        LeadView lead;
        try {
            lead = leads.report(form.toCommand(null), photos);
        } catch (BusinessRuleException e) {
            FormFiles.reject(result, e, java.util.Map.of("photos", form.getPhotos()));
            return reportView(model);
        }
        // staff learn of a duplicate at once; a volunteer is only told the report arrived: whether an ID is on
        // file is not theirs to know (the flag waits for the caseworker on the lead)
        boolean staff = Resource.LEAD.readsAsStaff(actor);
        redirect.addFlashAttribute("success", staff && lead.duplicate() ? "lead.reported.duplicate" : "lead.reported");
        return staff ? "redirect:/leads/" + lead.id() : "redirect:/leads/mine";
    }

    private String reportView(Model model) {
        Actor actor = Actors.required();
        List<BranchView> options = branches.subtree(actor.branchId()).stream().filter(BranchView::active).toList();
        model.addAttribute("branches", options);
        return "hardship/leads/form";
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable LeadState state,
                @RequestParam(required = false) @Nullable LeadSource source,
                @RequestParam(defaultValue = "false") boolean assignedToMe,
                @RequestParam(defaultValue = "false") boolean duplicates,
                @RequestParam(required = false) @Nullable Long branchId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = Actors.required();
        LeadFilter filter = new LeadFilter(state, source, assignedToMe ? actor.id() : null, branchId, duplicates);
        model.addAttribute("page", leads.search(filter,
                Paging.page(page, 20, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))));
        model.addAttribute("countCap", org.unionaid.shared.sql.CappedCount.CAP);
        model.addAttribute("states", LeadState.values());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("branches", branches.subtree(actor.branchId()));
        model.addAttribute("filterState", state);
        model.addAttribute("filterSource", source);
        model.addAttribute("filterBranch", branchId);
        model.addAttribute("assignedToMe", assignedToMe);
        model.addAttribute("duplicates", duplicates);
        return "hardship/leads/list";
    }

    /** Exactly the rows the list shows for the same filter (all pages, at most 10,000), as .xlsx. */
    @GetMapping("/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable LeadState state,
                                                           @RequestParam(required = false) @Nullable LeadSource source,
                                                           @RequestParam(defaultValue = "false") boolean assignedToMe,
                                                           @RequestParam(defaultValue = "false") boolean duplicates,
                                                           @RequestParam(required = false) @Nullable Long branchId,
                                                           java.util.Locale locale) {
        Actor actor = Actors.required();
        LeadFilter filter = new LeadFilter(state, source, assignedToMe ? actor.id() : null, branchId, duplicates);
        List<LeadView> rows = leads.search(filter, PageRequest.of(0, 10_000,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))).getContent();
        java.util.Map<Long, String> branchNames = new java.util.HashMap<>();
        branches.subtree(actor.branchId()).forEach(b -> branchNames.put(b.id(), b.displayName(locale)));
        List<String> headers = java.util.stream.Stream.of("lead.person", "lead.form.nationalId", "lead.form.phone",
                "lead.branch", "lead.state", "lead.source", "lead.duplicate.badge", "lead.reportedAt")
                .map(k -> messages.getMessage(k, null, locale)).toList();
        List<List<Object>> data = rows.stream().map(l -> java.util.Arrays.<Object>asList(l.personName(),
                l.nationalIdMasked(), l.phone(), branchNames.get(l.branchId()),
                messages.getMessage("LeadState." + l.state(), null, locale),
                messages.getMessage("LeadSource." + l.source(), null, locale),
                l.duplicate() ? messages.getMessage("lead.duplicate." + l.duplicateReason(), null, locale) : "",
                l.createdAt())).toList();
        return Downloads.xlsx("leads.xlsx", Spreadsheets.write(messages.getMessage("lead.list.title", null, locale),
                headers, data, times.zone()));
    }

    @GetMapping("/mine")
    String mine(Model model) {
        model.addAttribute("leads", leads.mine());
        return "hardship/leads/mine";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        LeadView lead = leads.get(id);
        model.addAttribute("lead", lead);
        model.addAttribute("photos", leads.photos(id));
        if (!leads.maySeeInternals(id)) {
            return "hardship/leads/status";
        }
        model.addAttribute("branch", branches.get(lead.branchId()));
        model.addAttribute("reporterName", leads.reporterName(id));
        model.addAttribute("visits", visits.ofLead(id));
        if (lead.state().isOpen() && (Actors.required().has(Role.CASEWORKER) || Actors.required().has(Role.ADMIN))) {
            model.addAttribute("caseworkers", leads.assignableCaseworkers(id));
        }
        return "hardship/leads/detail";
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) @Nullable Long assigneeId,
                  RedirectAttributes redirect) {
        return act(id, redirect, "lead.assigned", () -> {
            if (assigneeId == null) {
                throw new BusinessRuleException("lead.assign.notACaseworkerForBranch");
            }
            leads.assign(id, assigneeId);
        });
    }

    @PostMapping("/{id}/refer")
    String refer(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
                 RedirectAttributes redirect) {
        return act(id, redirect, "lead.referred", () -> leads.refer(id, required(note, "lead.refer.noteRequired")));
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                   RedirectAttributes redirect) {
        return act(id, redirect, "lead.dismissed",
                () -> leads.dismiss(id, required(reason, "lead.dismiss.reasonRequired")));
    }

    @GetMapping("/{id}/register")
    @PreAuthorize("hasRole('CASEWORKER')")
    String registerForm(@PathVariable long id, Model model) {
        model.addAttribute("lead", leads.get(id));
        model.addAttribute("registerWorkerForm", RegisterWorkerForm.of(leads.registrationDraft(id)));
        return registerView(model);
    }

    @PostMapping("/{id}/register")
    String register(@PathVariable long id, @Valid @ModelAttribute("registerWorkerForm") RegisterWorkerForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("lead", leads.get(id));
        if (result.hasErrors()) {
            return registerView(model);
        }
        try {
            leads.registerWorker(id, form.toCommand());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return registerView(model);
        }
        redirect.addFlashAttribute("success", "lead.register.done");
        return "redirect:/leads/" + id;
    }

    private String registerView(Model model) {
        model.addAttribute("employmentForms", org.unionaid.people.EmploymentType.values());
        model.addAttribute("workerTypes", org.unionaid.people.WorkerType.values());
        return "hardship/leads/register";
    }

    @GetMapping("/{id}/visits/new")
    @PreAuthorize("hasRole('CASEWORKER')")
    String visitForm(@PathVariable long id, Model model) {
        model.addAttribute("lead", leads.get(id));
        VisitForm form = new VisitForm();
        form.setVisitDate(times.today());
        model.addAttribute("visitForm", form);
        return "hardship/leads/visit";
    }

    @PostMapping("/{id}/visits")
    String recordVisit(@PathVariable long id, @Valid @ModelAttribute("visitForm") VisitForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("lead", leads.get(id));
        if (result.hasErrors()) {
            return "hardship/leads/visit";
        }
        List<Upload> uploads = new ArrayList<>(FormFiles.of(form.getPhotos(),
                (name, bytes) -> new Upload(DocumentKind.PHOTO, name, bytes)));
        DocumentKind documentKind = form.isConsentSigned() ? DocumentKind.CONSENT : DocumentKind.OTHER;
        uploads.addAll(FormFiles.of(form.getDocuments(), (name, bytes) -> new Upload(documentKind, name, bytes)));
        try {
            visits.record(id, form.toRecord(), uploads);
        } catch (BusinessRuleException e) {
            FormFiles.reject(result, e, java.util.Map.of("photos", form.getPhotos(), "documents", form.getDocuments()));
            return "hardship/leads/visit";
        }
        redirect.addFlashAttribute("success", "visit.recorded");
        return "redirect:/leads/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", e.args());
        }
        return "redirect:/leads/" + id;
    }

    private static String required(@Nullable String text, String code) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException(code);
        }
        return text.strip();
    }
}
