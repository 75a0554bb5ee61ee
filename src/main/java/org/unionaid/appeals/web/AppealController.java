package org.unionaid.appeals.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
import org.unionaid.appeals.AppealFilter;
import org.unionaid.appeals.AppealState;
import org.unionaid.appeals.AppealSubjectType;
import org.unionaid.appeals.AppealView;
import org.unionaid.appeals.Appeals;
import org.unionaid.shared.BusinessRuleException;

/** The staff queue of appeals (open ones soonest due first, overdue marked) and an appeal's page with the decision. */
@Controller
@RequestMapping("/appeals")
class AppealController {

    private static final int PAGE_SIZE = 25;

    private final Appeals appeals;

    AppealController(Appeals appeals) {
        this.appeals = appeals;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')")
    String queue(@RequestParam(required = false) @Nullable String state,
                 @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(required = false) @Nullable AppealSubjectType type,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        // no state parameter: the open ones; "ALL": every state
        AppealState chosen = "ALL".equals(state) ? null : java.util.Arrays.stream(AppealState.values())
                .filter(s -> s.name().equals(state)).findFirst().orElse(AppealState.OPEN);
        model.addAttribute("appeals", appeals.search(new AppealFilter(overdue ? AppealState.OPEN : chosen, overdue,
                type), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("state", chosen == null ? "ALL" : chosen.name());
        model.addAttribute("overdue", overdue);
        model.addAttribute("type", type);
        model.addAttribute("states", AppealState.values());
        model.addAttribute("types", AppealSubjectType.values());
        return "appeals/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        AppealView appeal = appeals.get(id);
        model.addAttribute("appeal", appeal);
        model.addAttribute("decidability", appeals.decidability(appeal).name());
        if (!model.containsAttribute("decisionForm")) {
            DecisionForm form = new DecisionForm();
            form.setVersion(appeal.version());
            model.addAttribute("decisionForm", form);
        }
        return "appeals/detail";
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'CLAIMS_REVIEWER')")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                appeals.decide(id, form.getOutcome() == null ? AppealState.OPEN : form.getOutcome(),
                        form.getReason() == null ? "" : form.getReason(), form.getVersion());
                redirect.addFlashAttribute("success", form.getOutcome() == AppealState.UPHELD
                        ? "appeal.decided.upheld" : "appeal.decided.dismissed");
                return "redirect:/appeals/" + id;
            } catch (BusinessRuleException e) {
                result.reject(e.code(), e.args(), e.code());
            }
        }
        return detail(id, model);
    }

    public static class DecisionForm {

        @NotNull(message = "{appeal.form.outcome.required}")
        private @Nullable AppealState outcome;

        @NotBlank(message = "{appeal.form.reason.required}")
        @Size(max = 2000, message = "{appeal.form.reason.tooLong}")
        private @Nullable String reason;

        private long version;

        public @Nullable AppealState getOutcome() { return outcome; }
        public void setOutcome(@Nullable AppealState outcome) { this.outcome = outcome; }
        public @Nullable String getReason() { return reason; }
        public void setReason(@Nullable String reason) { this.reason = reason; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }
}
