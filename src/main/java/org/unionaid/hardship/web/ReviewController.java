package org.unionaid.hardship.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.hardship.ReviewOutcome;
import org.unionaid.hardship.Reviews;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.web.Paging;
import org.unionaid.shared.web.Downloads;

/** Recording a file's review, and the lists of reviews due this month and overdue. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
class ReviewController {

    private final Reviews reviews;
    private final HardshipFilePage page;
    private final org.springframework.context.MessageSource messages;

    ReviewController(Reviews reviews, HardshipFilePage page, org.springframework.context.MessageSource messages) {
        this.reviews = reviews;
        this.page = page;
        this.messages = messages;
    }

    /** The due or overdue list, every row the page shows across all its pages, as .xlsx. */
    @GetMapping({"/hardship/reviews/due.xlsx", "/hardship/reviews/overdue.xlsx"})
    org.springframework.http.ResponseEntity<byte[]> export(jakarta.servlet.http.HttpServletRequest request,
                                                           java.util.Locale locale) {
        boolean overdue = request.getRequestURI().endsWith("/overdue.xlsx");
        PageRequest all = PageRequest.of(0, 10_000);
        var rows = (overdue ? reviews.overdue(all) : reviews.dueThisMonth(all)).getContent();
        String title = messages.getMessage(overdue ? "review.export.overdue" : "review.export.due", null, locale);
        byte[] workbook = org.unionaid.shared.excel.Spreadsheets.write(title,
                HardshipFileWorkbookColumns.headers(messages, locale),
                rows.stream().map(f -> HardshipFileWorkbookColumns.row(f, messages, locale)).toList());
        return Downloads.xlsx(overdue ? "reviews-overdue.xlsx" : "reviews-due.xlsx", workbook);
    }

    @PostMapping("/hardship/files/{id}/reviews")
    @PreAuthorize("hasRole('CASEWORKER')")
    String record(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && form.getReviewedOn() != null && form.getOutcome() != null) {
            try {
                reviews.record(id, form.getReviewedOn(), String.valueOf(form.getFindings()), form.getOutcome(),
                        form.getOutcome() == ReviewOutcome.CHANGE_CATEGORY ? form.getNewCategory() : null);
                redirect.addFlashAttribute("success", "review.saved");
                return "redirect:/hardship/files/" + id;
            } catch (BusinessRuleException e) {
                result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            }
        }
        return page.show(id, model);
    }

    @GetMapping("/hardship/reviews/due")
    String due(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("files", reviews.dueThisMonth(Paging.page(page, 25)));
        model.addAttribute("overdue", false);
        return "hardship/reviews/list";
    }

    @GetMapping("/hardship/reviews/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("files", reviews.overdue(Paging.page(page, 25)));
        model.addAttribute("overdue", true);
        return "hardship/reviews/list";
    }
}
