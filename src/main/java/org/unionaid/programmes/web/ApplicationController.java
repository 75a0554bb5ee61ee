package org.unionaid.programmes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.programmes.ApplicationState;
import org.unionaid.programmes.ApplicationSummary;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Paging;
import org.unionaid.shared.web.Downloads;

/** The applications list (with its Excel export) and an application's page with the staff's transitions. */
@Controller
@RequestMapping("/applications")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'PARTNER')")
class ApplicationController {

    private static final int PAGE_SIZE = 25;
    static final int EXPORT_LIMIT = 10_000;

    private final Applications applications;
    private final Programmes programmes;
    private final PayoutQueries payoutQueries;
    private final Branches branches;
    private final MessageSource messages;
    private final Times times;

    ApplicationController(Applications applications, Programmes programmes, PayoutQueries payoutQueries,
                          Branches branches, MessageSource messages, Times times) {
        this.applications = applications;
        this.programmes = programmes;
        this.payoutQueries = payoutQueries;
        this.branches = branches;
        this.messages = messages;
        this.times = times;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ApplicationFilterForm filter, BindingResult ignoredUnparsable,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("applications", applications.search(filter.toFilter(),
                Paging.page(page, PAGE_SIZE, Paging.sort(filter.getSort(), "createdAt"))));
        model.addAttribute("programmeChoices", programmes.choices(100));
        model.addAttribute("branches", Actors.required().has(org.unionaid.shared.security.Role.PARTNER)
                && !Actors.required().has(org.unionaid.shared.security.Role.ADMIN) ? List.of()
                : branches.subtree(Actors.required().branchId()));
        model.addAttribute("states", ApplicationState.values());
        return "programmes/applications/list";
    }

    /** Exactly the rows the same filter and sort show, all pages. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") ApplicationFilterForm filter,
                                  BindingResult ignoredUnparsable, Locale locale) {
        List<ApplicationSummary> rows = applications.searchAll(filter.toFilter(),
                Paging.sort(filter.getSort(), "createdAt"), EXPORT_LIMIT);
        List<String> headers = List.of(msg("application.field.reference", locale),
                msg("application.field.programme", locale), msg("application.field.worker", locale),
                msg("application.field.member", locale), msg("application.field.branch", locale),
                msg("application.field.origin", locale), msg("application.field.state", locale),
                msg("application.field.eligible", locale), msg("application.field.amount", locale),
                msg("application.field.payoutState", locale), msg("application.field.createdAt", locale));
        List<List<@Nullable Object>> data = new ArrayList<>();
        for (ApplicationSummary a : rows) {
            List<@Nullable Object> row = new ArrayList<>();
            row.add(a.reference());
            row.add(a.programmeName());
            row.add(a.workerName());
            row.add(a.memberName());
            row.add(a.branchName());
            row.add(msg("ApplicationOrigin." + a.origin(), locale));
            row.add(msg("ApplicationState." + a.state(), locale));
            row.add(msg(a.eligible() ? "application.eligible.yes" : "application.eligible.no", locale));
            row.add(a.amount());
            row.add(a.payoutState() == null ? null : msg("application.payoutState." + a.payoutState(), locale));
            row.add(a.createdAt());
            data.add(row);
        }
        byte[] workbook = Spreadsheets.write(msg("application.list.title", locale), headers, data, times.zone());
        return Downloads.xlsx("applications.xlsx", workbook);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ApplicationView application = applications.get(id);
        model.addAttribute("app", application);
        boolean staff = applications.staffView(application);
        model.addAttribute("staff", staff);
        List<PayoutView> payoutList = staff ? payoutQueries.allFor(PayoutSourceType.APPLICATION, id) : List.of();
        model.addAttribute("payouts", payoutList);
        model.addAttribute("payoutApprovable", payoutList.stream().filter(payoutQueries::mayApprove).map(PayoutView::id)
                .toList());
        model.addAttribute("livePayout", payoutList.stream().anyMatch(p -> switch (p.state()) {
            case REJECTED, FAILED, CANCELLED -> false;
            default -> true;
        }));
        if (!model.containsAttribute("transitionForm")) {
            model.addAttribute("transitionForm", new TransitionForm());
        }
        return "programmes/applications/detail";
    }

    @PostMapping("/{id}/request-info")
    String requestInfo(@PathVariable long id, @ModelAttribute("transitionForm") TransitionForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> applications.requestMoreInfo(id, form.text()), result, model, redirect);
    }

    @PostMapping("/{id}/recommend")
    String recommend(@PathVariable long id, @ModelAttribute("transitionForm") TransitionForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> applications.recommend(id, form.text()), result, model, redirect);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute("transitionForm") TransitionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> applications.approve(id, form.text(), form.isProposePayout()), result, model,
                redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @ModelAttribute("transitionForm") TransitionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> applications.reject(id, form.text()), result, model, redirect);
    }

    @PostMapping("/{id}/propose-payout")
    String proposePayout(@PathVariable long id, @ModelAttribute("transitionForm") TransitionForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> applications.proposePayout(id), result, model, redirect);
    }

    private String transition(long id, Supplier<ApplicationView> action, BindingResult result, Model model,
                              RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("success", "application.moved");
            return "redirect:/applications/" + id;
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
        }
        return detail(id, model);
    }


    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The reason, recommendation or request text of a transition. */
    public static class TransitionForm {

        private @Nullable String text;
        private boolean proposePayout = true;

        String text() {
            return text == null ? "" : text;
        }

        public @Nullable String getText() { return text; }
        public void setText(@Nullable String text) { this.text = text; }
        public boolean isProposePayout() { return proposePayout; }
        public void setProposePayout(boolean proposePayout) { this.proposePayout = proposePayout; }
    }
}
