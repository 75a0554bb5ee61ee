package org.unionaid.mutualaid.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Supplier;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.documents.FormFiles;
import org.unionaid.branches.Branches;
import org.unionaid.documents.DocumentKind;
import org.unionaid.mutualaid.ClaimFilter;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.mutualaid.ClaimView;
import org.unionaid.mutualaid.Claims;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.mutualaid.MutualAidPlans;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Paging;

/**
 * Claims: the worker's (or caseworker's) filing form and the claim's page with documents, submission and the
 * answer to a request for more information; the reviewers' queue and decisions on the same page.
 */
@Controller
@RequestMapping("/mutualaid/claims")
@PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER', 'CLAIMS_REVIEWER')")
class ClaimController {

    private static final int PAGE_SIZE = 25;

    private final Claims claims;
    private final ClaimQueries claimQueries;
    private final MutualAidPlans plans;
    private final Branches branches;
    private final Times times;

    ClaimController(Claims claims, ClaimQueries claimQueries, MutualAidPlans plans, Branches branches,
                    Times times) {
        this.times = times;
        this.claims = claims;
        this.claimQueries = claimQueries;
        this.plans = plans;
        this.branches = branches;
    }

    // ---- queue -----------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize("hasAnyRole('CLAIMS_REVIEWER', 'CASEWORKER')")
    String queue(@RequestParam(required = false) @Nullable ClaimState state,
                 @RequestParam(required = false) @Nullable Long planId,
                 @RequestParam(required = false) @Nullable Long branchId,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("claims", claimQueries.queue(new ClaimFilter(state, planId, branchId),
                Paging.page(page, PAGE_SIZE)));
        model.addAttribute("state", state);
        model.addAttribute("planId", planId);
        model.addAttribute("branchId", branchId);
        model.addAttribute("states", ClaimState.values());
        model.addAttribute("plans", plans.all());
        model.addAttribute("branches", branches.subtree(Actors.required().branchId()));
        return "mutualaid/claims/queue";
    }

    // ---- filing ----------------------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    String newClaim(@RequestParam(required = false) @Nullable Long planId,
                    @RequestParam(required = false) @Nullable Long workerId, Model model) {
        ClaimForm form = new ClaimForm();
        form.setPlanId(planId);
        form.setWorkerId(workerId);
        model.addAttribute("claimForm", form);
        return form(form, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
    String file(@Valid @ModelAttribute("claimForm") ClaimForm form, BindingResult result,
                @RequestParam(name = "diagnosisFile", required = false) @Nullable MultipartFile diagnosisFile,
                @RequestParam(name = "invoiceFile", required = false) @Nullable MultipartFile invoiceFile,
                Model model, RedirectAttributes redirect) throws IOException {
        boolean filesAcceptable = acceptable("diagnosisFile", diagnosisFile, model)
                & acceptable("invoiceFile", invoiceFile, model);
        if (!result.hasErrors() && filesAcceptable) {
            try {
                ClaimView claim = claims.file(form.toCommand(times.today()));
                redirect.addFlashAttribute("success", "claim.saved");
                try {
                    attach(claim.id(), DocumentKind.DIAGNOSIS, diagnosisFile);
                    attach(claim.id(), DocumentKind.INVOICE, invoiceFile);
                } catch (BusinessRuleException e) {
                    redirect.addFlashAttribute("failure", e.code());
                    redirect.addFlashAttribute("failureArgs", e.args());
                }
                return "redirect:/mutualaid/claims/" + claim.id();
            } catch (BusinessRuleException e) {
                MutualAidMessages.reject(result, e);
            }
        }
        return form(form, model);
    }

    private String form(ClaimForm form, Model model) {
        try {
            model.addAttribute("coverage", claimQueries.coverageOf(form.getWorkerId()));
        } catch (BusinessRuleException e) {
            model.addAttribute("coverage", java.util.List.of());
        }
        return "mutualaid/claims/new";
    }

    // ---- a claim ---------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ClaimView claim = claimQueries.get(id);
        Actor actor = Actors.required();
        boolean claimant = java.util.Objects.equals(actor.workerId(), claim.workerId()) || actor.has(Role.CASEWORKER);
        boolean reviewer = actor.has(Role.CLAIMS_REVIEWER);
        model.addAttribute("claim", claim);
        model.addAttribute("claimant", claimant);
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("documentKinds", new DocumentKind[] {DocumentKind.DIAGNOSIS, DocumentKind.INVOICE,
                DocumentKind.DISCHARGE_SUMMARY, DocumentKind.FEE_LIST, DocumentKind.OTHER});
        return "mutualaid/claims/detail";
    }

    @PostMapping("/{id}/documents")
    String upload(@PathVariable long id, @RequestParam DocumentKind kind, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        return act(id, () -> {
            try {
                attach(id, kind, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }, "claim.document.added", redirect);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> claims.submit(id), "claim.submitted", redirect);
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) @Nullable String text,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  @RequestParam(required = false) @Nullable DocumentKind kind, RedirectAttributes redirect) {
        return act(id, () -> {
            try {
                attach(id, kind == null ? DocumentKind.OTHER : kind, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return claims.answer(id, text == null ? "" : text);
        }, "claim.answered", redirect);
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    String startReview(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> claims.startReview(id), "claim.moved", redirect);
    }

    @PostMapping("/{id}/more-info")
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    String moreInfo(@PathVariable long id, @RequestParam(required = false) @Nullable String question,
                    RedirectAttributes redirect) {
        return act(id, () -> claims.requestMoreInfo(id, question == null ? "" : question), "claim.moved", redirect);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    String approve(@PathVariable long id, @RequestParam(required = false) @Nullable BigDecimal overrideAmount,
                   @RequestParam(required = false) @Nullable String overrideReason, RedirectAttributes redirect) {
        return act(id, () -> claims.approve(id, overrideAmount, overrideReason), "claim.approved", redirect);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    String reject(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                  RedirectAttributes redirect) {
        return act(id, () -> claims.reject(id, reason == null ? "" : reason), "claim.rejected", redirect);
    }

    /**
     * Whether a chosen file passes the document checks (an empty file, a wrong type…); if not, the message goes
     * under its input ({@code <input>Failure} and {@code <input>FailureArgs}) and nothing is filed.
     */
    private boolean acceptable(String input, @Nullable MultipartFile file, Model model) throws IOException {
        if (!FormFiles.chosen(file)) {
            return true;
        }
        try {
            claims.checkDocument(fileName(file), file.getBytes());
            return true;
        } catch (BusinessRuleException e) {
            model.addAttribute(input + "Failure", e.code());
            model.addAttribute(input + "FailureArgs", MutualAidMessages.args(e.args()));
            return false;
        }
    }

    private static String fileName(MultipartFile file) {
        return FormFiles.fileName(file, "document");
    }

    private void attach(long id, DocumentKind kind, @Nullable MultipartFile file) throws IOException {
        if (file != null && FormFiles.chosen(file)) {
            claims.attach(id, kind, fileName(file), file.getBytes());
        }
    }

    private String act(long id, Supplier<?> action, String success, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", MutualAidMessages.args(e.args()));
        }
        return "redirect:/mutualaid/claims/" + id;
    }
}
