package org.unionaid.payouts.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
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
import org.unionaid.payouts.OwnProposalException;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.PayoutSummary;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Paging;
import org.unionaid.shared.web.Downloads;

/** The payouts list (with its Excel export), the ADMIN approval queue, a payout's page and its actions. */
@Controller
@RequestMapping("/payouts")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER', 'CLAIMS_REVIEWER', 'PARTNER')")
class PayoutController {

    private static final int PAGE_SIZE = 25;
    static final int EXPORT_LIMIT = 10_000;

    private final Payouts payouts;
    private final PayoutQueries payoutQueries;
    private final Branches branches;
    private final MessageSource messages;
    private final Times times;

    PayoutController(Payouts payouts, PayoutQueries payoutQueries, Branches branches, MessageSource messages,
                     Times times) {
        this.payouts = payouts;
        this.payoutQueries = payoutQueries;
        this.branches = branches;
        this.messages = messages;
        this.times = times;
    }

    @GetMapping
    String list(@ModelAttribute("filter") PayoutFilterForm filter, BindingResult ignoredUnparsable,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("payouts", payoutQueries.search(filter.toFilter(),
                Paging.page(page, PAGE_SIZE, Paging.sort(filter.getSort(), "proposedAt"))));
        model.addAttribute("branches", branches.subtree(Actors.required().branchId()));
        model.addAttribute("countCap", org.unionaid.shared.sql.CappedCount.CAP);
        enums(model);
        return "payouts/list";
    }

    /** Exactly the rows the same filter and sort show, all pages, as an Excel sheet. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") PayoutFilterForm filter, BindingResult ignoredUnparsable,
                                  Locale locale) {
        List<PayoutSummary> rows = payoutQueries.searchAll(filter.toFilter(),
                PageRequest.of(0, 1, Paging.sort(filter.getSort(), "proposedAt")), EXPORT_LIMIT);
        byte[] workbook = Spreadsheets.write(messages.getMessage("payout.list.title", null, locale),
                PayoutMessages.headers(messages, locale),
                rows.stream().map(p -> PayoutMessages.row(p, messages, locale)).toList(), times.zone());
        return Downloads.xlsx("payouts.xlsx", workbook);
    }

    @GetMapping("/queue")
    @PreAuthorize("hasRole('ADMIN')")
    String queue(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String sort,
                 Model model) {
        // oldest first unless asked otherwise (e.g. sort=proposedAt,desc for the newest)
        model.addAttribute("payouts", payoutQueries.approvalQueue(sort == null || sort.isBlank()
                ? Paging.page(page, PAGE_SIZE)
                : Paging.page(page, PAGE_SIZE, Paging.sort(sort, "proposedAt"))));
        model.addAttribute("sort", sort);
        model.addAttribute("totals", payoutQueries.approvalQueueTotals());
        model.addAttribute("limit", payoutQueries.secondApprovalAbove());
        return "payouts/queue";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return show(id, model);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('ADMIN')")
    String approve(@PathVariable long id, @ModelAttribute("actionForm") PayoutActionForm form, BindingResult result,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> payouts.approve(id), "payout.approved", result, model, redirect, response);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('ADMIN')")
    String reject(@PathVariable long id, @Valid @ModelAttribute("actionForm") PayoutActionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> payouts.reject(id, text(form.getReason())), "payout.rejected", result, model, redirect,
                response);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('ADMIN')")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("actionForm") PayoutActionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> payouts.cancel(id, text(form.getReason())), "payout.cancelled", result, model, redirect,
                response);
    }

    /** The approver moves the payout onto other sources of its programme (shares[i].sourceId / .amount). */
    @PostMapping("/{id}/split")
    @PreAuthorize("hasRole('ADMIN')")
    String split(@PathVariable long id, @ModelAttribute("splitForm") SplitForm form, BindingResult splitResult,
                 @ModelAttribute("actionForm") PayoutActionForm actionForm, BindingResult result, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        if (splitResult.hasErrors()) {
            result.reject("payout.split.invalid", "payout.split.invalid");
        }
        return act(id, () -> payouts.resplit(id, form.shares()), "payout.resplit.done", result, model, redirect,
                response);
    }

    @PostMapping("/{id}/reissue")
    @PreAuthorize("hasRole('ADMIN')")
    String reissue(@PathVariable long id, @ModelAttribute("actionForm") PayoutActionForm form, BindingResult result,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            PayoutView reissued = payouts.reissue(id);
            redirect.addFlashAttribute("success", "payout.reissued");
            return "redirect:/payouts/" + reissued.id();
        } catch (BusinessRuleException e) {
            result.reject(e.code(), PayoutMessages.args(e.args()), e.code());
            response.setStatus(422);
            return show(id, model);
        }
    }

    @PostMapping("/{id}/deliver")
    @PreAuthorize("hasAnyRole('ADMIN', 'CASEWORKER')")
    String deliver(@PathVariable long id, @Valid @ModelAttribute("actionForm") PayoutActionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (form.getDeliveredOn() == null) {
            result.rejectValue("deliveredOn", "payout.deliveredOn.required", "payout.deliveredOn.required");
        }
        return act(id, () -> payouts.markDelivered(id, form.getDeliveredOn() == null ? java.time.LocalDate.MIN
                : form.getDeliveredOn(), text(form.getDeliverer())), "payout.delivered", result, model, redirect,
                response);
    }

    private String act(long id, Supplier<PayoutView> action, String successKey, BindingResult result, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                action.get();
                redirect.addFlashAttribute("success", successKey);
                return "redirect:/payouts/" + id;
            } catch (OwnProposalException e) {
                // maker-checker: the server refuses whatever the page showed
                result.reject(e.code(), e.code());
                response.setStatus(403);
                return show(id, model);
            } catch (BusinessRuleException e) {
                result.reject(e.code(), PayoutMessages.args(e.args()), e.code());
            }
        }
        response.setStatus(422);
        return show(id, model);
    }

    private String show(long id, Model model) {
        PayoutView payout = payoutQueries.get(id);
        model.addAttribute("payout", payout);
        model.addAttribute("history", payoutQueries.history(id));
        model.addAttribute("mayApprove", payoutQueries.mayApprove(payout));
        model.addAttribute("ownProposal", payout.proposedBy() == Actors.required().id());
        model.addAttribute("needsSecond", payout.needsSecondApproval());
        model.addAttribute("fundingOptions", payoutQueries.mayApprove(payout) && payout.programmeId() != null
                ? payoutQueries.fundingOptions(id) : null);
        model.addAttribute("reissues", payoutQueries.allFor(payout.sourceType(), payout.sourceId()).stream()
                .filter(p -> p.reissueOf() != null && p.reissueOf() == id).toList());
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new PayoutActionForm());
        }
        return "payouts/detail";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void enums(Model model) {
        model.addAttribute("states", PayoutState.values());
        model.addAttribute("forms", PayoutKind.values());
        model.addAttribute("sourceTypes", PayoutSourceType.values());
    }

}
