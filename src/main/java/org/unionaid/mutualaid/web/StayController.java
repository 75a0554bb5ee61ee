package org.unionaid.mutualaid.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.mutualaid.HospitalStays;
import org.unionaid.mutualaid.StayConfirmations;
import org.unionaid.mutualaid.StayImportRejectedException;
import org.unionaid.mutualaid.StayImportView;
import org.unionaid.mutualaid.StayQueries;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.web.Downloads;

/**
 * Zero-touch hospital-stay benefits (免申即享) for claims reviewers: upload a settlement file, see the imports with
 * their counts and rows, and confirm (or reject) the imported claims waiting for a decision, in bulk.
 */
@Controller
@RequestMapping("/mutualaid/stays")
@PreAuthorize("hasRole('CLAIMS_REVIEWER')")
class StayController {

    private final HospitalStays stays;
    private final StayQueries queries;
    private final StayConfirmations confirmations;
    private final MessageSource messages;

    StayController(HospitalStays stays, StayQueries queries, StayConfirmations confirmations,
                   MessageSource messages) {
        this.stays = stays;
        this.queries = queries;
        this.confirmations = confirmations;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            StayImportView imported = stays.importFile(file.getBytes(),
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
            redirect.addFlashAttribute("importedId", imported.id());
            return "redirect:/mutualaid/stays";
        } catch (StayImportRejectedException e) {
            model.addAttribute("problems", e.problems());
        }
        return page(model);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        byte[] workbook = HospitalStays.template(HospitalStays.COLUMNS.stream()
                .map(k -> messages.getMessage(k, null, locale)).toList(),
                messages.getMessage("stay.sheet", null, locale));
        return Downloads.xlsx("settlement-data.xlsx", workbook);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("stayImport", queries.get(id));
        return "mutualaid/stays/detail";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(name = "claimIds", required = false) @Nullable List<Long> claimIds,
                   Locale locale, RedirectAttributes redirect) {
        try {
            StayConfirmations.Result result = confirmations.confirm(claimIds == null ? List.of() : claimIds);
            // flash attributes live in the (shared) session: plain strings only
            redirect.addFlashAttribute("confirmedCount", result.confirmed().size());
            redirect.addFlashAttribute("refusals", new ArrayList<>(result.refused().stream().map(r -> r.claim() + ": "
                    + messages.getMessage(r.key(), r.argsArray(), r.key(), locale)).toList()));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", MutualAidMessages.args(e.args()));
        }
        return "redirect:/mutualaid/stays";
    }

    @PostMapping("/claims/{claimId}/reject")
    String reject(@PathVariable long claimId, @RequestParam(required = false) @Nullable String reason,
                  RedirectAttributes redirect) {
        try {
            confirmations.reject(claimId, reason);
            redirect.addFlashAttribute("success", "stay.rejected");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", MutualAidMessages.args(e.args()));
        }
        return "redirect:/mutualaid/stays";
    }

    private String page(Model model) {
        Object importedId = model.asMap().get("importedId");
        if (importedId instanceof Long id) {
            model.addAttribute("imported", queries.get(id));
        }
        model.addAttribute("imports", queries.imports());
        model.addAttribute("pending", queries.pending());
        model.addAttribute("limit", StayQueries.LIMIT);
        return "mutualaid/stays/list";
    }
}
