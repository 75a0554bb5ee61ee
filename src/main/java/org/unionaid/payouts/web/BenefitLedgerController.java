package org.unionaid.payouts.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.documents.FormFiles;
import org.unionaid.payouts.AidPurpose;
import org.unionaid.payouts.BenefitLedger;
import org.unionaid.payouts.BenefitLedgerView;
import org.unionaid.payouts.LedgerEntry;
import org.unionaid.payouts.OutsideAidKind;
import org.unionaid.payouts.RecordOutsideAid;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.time.Times;
import org.unionaid.shared.web.Downloads;

/**
 * A household's benefit ledger: the worker's own at {@code /me/benefits}, a household's for staff at
 * {@code /workers/{id}/benefits} (with the form to record outside aid for CASEWORKERs), and its Excel export.
 */
@Controller
class BenefitLedgerController {

    private final BenefitLedger ledger;
    private final MessageSource messages;
    private final Times times;

    BenefitLedgerController(BenefitLedger ledger, MessageSource messages, Times times) {
        this.ledger = ledger;
        this.messages = messages;
        this.times = times;
    }

    @GetMapping("/me/benefits")
    String mine(Model model) {
        model.addAttribute("ledger", ledger.mine());
        model.addAttribute("staff", false);
        return "payouts/ledger";
    }

    @GetMapping("/workers/{id}/benefits")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'SYSADMIN')")
    String household(@PathVariable long id, Model model) {
        return page(ledger.ledger(id), new OutsideAidForm(), model);
    }

    @PostMapping("/workers/{id}/benefits/outside-aid")
    @PreAuthorize("hasRole('CASEWORKER')")
    String record(@PathVariable long id, @Valid @ModelAttribute("outsideAidForm") OutsideAidForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        BenefitLedgerView view = ledger.ledger(id);
        if (!result.hasErrors()) {
            try {
                boolean withEvidence = FormFiles.chosen(form.getEvidence());
                ledger.recordOutsideAid(new RecordOutsideAid(id, form.getKind(), form.getPurpose(), form.getProvider(),
                        form.getDescription(), form.getAmount(), form.getReceivedOn(),
                        withEvidence ? FormFiles.fileName(form.getEvidence(), "evidence") : null,
                        withEvidence ? form.getEvidence().getBytes() : null));
                redirect.addFlashAttribute("success", "ledger.recorded");
                return "redirect:/workers/" + id + "/benefits";
            } catch (BusinessRuleException e) {
                result.reject(e.code(), e.args(), e.code());
            }
        }
        response.setStatus(422);
        return page(view, form, model);
    }

    @GetMapping("/workers/{id}/benefits.xlsx")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'SYSADMIN')")
    ResponseEntity<byte[]> export(@PathVariable long id, Locale locale) {
        BenefitLedgerView view = ledger.ledger(id);
        List<String> headers = List.of(msg("ledger.field.date", locale), msg("ledger.field.kind", locale),
                msg("ledger.field.what", locale), msg("ledger.field.amount", locale), msg("ledger.field.state", locale),
                msg("ledger.field.funders", locale), msg("ledger.field.reference", locale));
        List<List<?>> rows = new ArrayList<>();
        for (LedgerEntry e : view.entries()) {
            rows.add(List.of(e.date(), msg("LedgerKind." + e.kind(), locale),
                    (e.programmeName() != null ? e.programmeName() + " · " : "") + e.purpose()
                            + (e.item() != null ? " · " + e.item() : ""), e.amount(),
                    e.state() != null ? msg("PayoutState." + e.state(), locale)
                            : msg(e.kind() == org.unionaid.payouts.LedgerKind.MICRO_WISH ? "ledger.delivered.short"
                            : "ledger.recorded.short", locale),
                    e.funders(), e.reference() != null ? e.reference() : ""));
        }
        byte[] body = Spreadsheets.write(msg("ledger.title", locale), headers, rows, times.zone());
        return Downloads.xlsx("benefit-ledger-" + id + ".xlsx", body);
    }

    private String page(BenefitLedgerView view, OutsideAidForm form, Model model) {
        model.addAttribute("ledger", view);
        model.addAttribute("staff", true);
        model.addAttribute("outsideAidForm", form);
        model.addAttribute("aidKinds", OutsideAidKind.values());
        model.addAttribute("purposes", AidPurpose.values());
        return "payouts/ledger";
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
