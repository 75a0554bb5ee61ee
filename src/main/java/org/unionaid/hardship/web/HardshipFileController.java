package org.unionaid.hardship.web;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileCancelReason;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFilePreview;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.hardship.HardshipFileSummary;
import org.unionaid.hardship.HardshipFileView;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.web.Paging;
import org.unionaid.shared.web.Downloads;

/** The files list (with its Excel export), the filing page, a file's page and its transitions. */
@Controller
@RequestMapping("/hardship/files")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
class HardshipFileController {

    private static final int PAGE_SIZE = 25;
    /** An export holds at most this many rows; narrow the filter for more. */
    static final int EXPORT_LIMIT = 10_000;

    private final HardshipFiles files;
    private final Branches branches;
    private final MessageSource messages;
    private final HardshipFilePage page;

    HardshipFileController(HardshipFiles files, Branches branches, MessageSource messages,
                           HardshipFilePage page) {
        this.files = files;
        this.branches = branches;
        this.messages = messages;
        this.page = page;
    }

    // ---- list and export -------------------------------------------------------------------------

    @GetMapping
    String list(@ModelAttribute("filter") HardshipFileFilterForm filter, BindingResult ignoredUnparsable,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("files", files.search(filter.toFilter(),
                Paging.page(page, PAGE_SIZE, Paging.sort(filter.getSort(), "filedOn"))));
        model.addAttribute("caseworkers", files.caseworkers());
        model.addAttribute("branches", branches.subtree(Actors.required().branchId()));
        enums(model);
        return "hardship/files/list";
    }

    /** Exactly the rows the same filter and sort show, all pages, as an Excel sheet. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") HardshipFileFilterForm filter,
                                  BindingResult ignoredUnparsable, Locale locale) {
        Page<HardshipFileSummary> rows = files.search(filter.toFilter(),
                PageRequest.of(0, EXPORT_LIMIT, Paging.sort(filter.getSort(), "filedOn")));
        byte[] workbook = Spreadsheets.write(msg("hardshipFile.list.title", locale),
                HardshipFileWorkbookColumns.headers(messages, locale),
                rows.getContent().stream().map(f -> HardshipFileWorkbookColumns.row(f, messages, locale)).toList());
        return Downloads.xlsx("hardship-files.xlsx", workbook);
    }

    // ---- filing ----------------------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize("hasRole('CASEWORKER')")
    String newFile(@RequestParam long workerId, @RequestParam(required = false) @Nullable Long leadId, Model model) {
        HardshipFileForm form = new HardshipFileForm();
        form.setWorkerId(workerId);
        form.setLeadId(leadId);
        model.addAttribute("hardshipFileForm", form);
        HardshipFilePreview preview;
        try {
            preview = files.preview(workerId, leadId, form.answers());
        } catch (BusinessRuleException e) {
            // e.g. no household income recorded yet: say so on the page
            BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form,
                    "hardshipFileForm");
            result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "hardshipFileForm", result);
            model.addAttribute("preview", null);
            enums(model);
            return "hardship/files/new";
        }
        form.setCategory(preview.suggestedCategory());
        return filingPage(preview, model);
    }

    /** Re-assesses with the answers given ({@code assess}), or opens the file. */
    @PostMapping("/new")
    @PreAuthorize("hasRole('CASEWORKER')")
    String open(@Valid @ModelAttribute("hardshipFileForm") HardshipFileForm form, BindingResult result,
                @RequestParam(required = false) @Nullable String assess, Model model, RedirectAttributes redirect) {
        long workerId = form.getWorkerId() == null ? 0 : form.getWorkerId();
        HardshipFilePreview preview;
        try {
            preview = files.preview(workerId, form.getLeadId(), form.answers());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            model.addAttribute("preview", null);
            enums(model);
            return "hardship/files/new";
        }
        if (assess != null || result.hasErrors()) {
            if (assess != null) {
                form.setCategory(preview.suggestedCategory());
            }
            return filingPage(preview, model);
        }
        try {
            HardshipFileView file = files.open(form.toCommand());
            redirect.addFlashAttribute("success", "hardshipFile.opened");
            return "redirect:/hardship/files/" + file.id();
        } catch (BusinessRuleException e) {
            result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            return filingPage(preview, model);
        }
    }

    private String filingPage(HardshipFilePreview preview, Model model) {
        model.addAttribute("preview", preview);
        enums(model);
        return "hardship/files/new";
    }

    // ---- a file ----------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @ModelAttribute("transitionForm") FileTransitionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.submitForReview(id), result, model, redirect);
    }

    @PostMapping("/{id}/notice")
    String startNotice(@PathVariable long id, @ModelAttribute("transitionForm") FileTransitionForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.startPublicNotice(id), result, model, redirect);
    }

    @PostMapping("/{id}/objection")
    String objection(@PathVariable long id, @Valid @ModelAttribute("transitionForm") FileTransitionForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.raiseObjection(id, text(form.getReason())), result, model, redirect);
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, @ModelAttribute("transitionForm") FileTransitionForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.activateAfterNotice(id), result, model, redirect);
    }

    /** Demo installations only (dev profile): end the public notice today and activate the file. */
    @PostMapping("/{id}/end-notice-now")
    String endNoticeNow(@PathVariable long id, @ModelAttribute("transitionForm") FileTransitionForm form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.endNoticeNowForDemo(id), result, model, redirect);
    }

    @PostMapping("/{id}/exit")
    String exit(@PathVariable long id, @Valid @ModelAttribute("transitionForm") FileTransitionForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.exit(id, text(form.getReason())), result, model, redirect);
    }

    @PostMapping("/{id}/relapse")
    String relapse(@PathVariable long id, @Valid @ModelAttribute("transitionForm") FileTransitionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.reopenAfterRelapse(id, text(form.getReason())), result, model, redirect);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @ModelAttribute("transitionForm") FileTransitionForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        return transition(id, () -> files.close(id), result, model, redirect);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("transitionForm") FileTransitionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getCancelCode() == null) {
            result.rejectValue("cancelCode", "hardshipFile.required", "hardshipFile.required");
        }
        HardshipFileCancelReason code = form.getCancelCode() == null ? HardshipFileCancelReason.NOT_ELIGIBLE
                : form.getCancelCode();
        return transition(id, () -> files.cancel(id, code, text(form.getReason())), result, model, redirect);
    }

    private String transition(long id, Supplier<HardshipFileView> action, BindingResult result, Model model,
                              RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                action.get();
                redirect.addFlashAttribute("success", "hardshipFile.moved");
                return "redirect:/hardship/files/" + id;
            } catch (BusinessRuleException e) {
                result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            }
        }
        return page.show(id, model);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void enums(Model model) {
        model.addAttribute("states", HardshipFileState.values());
        model.addAttribute("categories", HardshipCategory.values());
        model.addAttribute("levels", HardshipFileLevel.values());
        model.addAttribute("causes", HardshipFileCause.values());
    }


    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
