package org.unionaid.payouts.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
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
import org.unionaid.payouts.BankResultOutcome;
import org.unionaid.payouts.BankResultRejectedException;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.BankResults;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.web.Paging;
import org.unionaid.shared.web.Downloads;

/** Disbursement batches: list, gathering, a batch's page, its bank files and the upload of the bank's results. */
@Controller
@RequestMapping("/payouts/batches")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class DisbursementBatchController {

    private final DisbursementBatches batches;
    private final BankResults bankResults;
    private final org.unionaid.payouts.PayoutQueries payoutQueries;
    private final MessageSource messages;
    private final org.unionaid.shared.pdf.PdfDocuments pdf;
    private final org.unionaid.shared.time.Times times;
    static final int PRINTED_LINES = 5_000;

    DisbursementBatchController(DisbursementBatches batches, BankResults bankResults,
                                org.unionaid.payouts.PayoutQueries payoutQueries, MessageSource messages,
                                org.unionaid.shared.pdf.PdfDocuments pdf, org.unionaid.shared.time.Times times) {
        this.pdf = pdf;
        this.times = times;
        this.batches = batches;
        this.bankResults = bankResults;
        this.payoutQueries = payoutQueries;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("batches", batches.list(Paging.page(page, 25)));
        if (Actors.required().has(Role.ADMIN)) {
            model.addAttribute("unpayable", payoutQueries.approvedUnpayable());
        }
        return "payouts/batches/list";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String gather(RedirectAttributes redirect) {
        try {
            BatchView batch = batches.gather();
            redirect.addFlashAttribute("success", "batch.gathered");
            return "redirect:/payouts/batches/" + batch.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            return "redirect:/payouts/batches";
        }
    }

    /** Writes the bank files once and marks the batch as sent. */
    @PostMapping("/{id}/send")
    @PreAuthorize("hasRole('ADMIN')")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        try {
            batches.send(id);
            redirect.addFlashAttribute("success", "batch.sent");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", PayoutMessages.args(e.args()));
        }
        return "redirect:/payouts/batches/" + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("batch", batches.get(id));
        return "payouts/batches/detail";
    }

    /** The batch's payment list to sign off, as a PDF (at most {@value #PRINTED_LINES} lines; beyond, the Excel file). */
    @GetMapping("/{id}/payment-list.pdf")
    ResponseEntity<byte[]> paymentList(@PathVariable long id, java.util.Locale locale) {
        BatchView batch = batches.get(id);
        if (batch.itemCount() > PRINTED_LINES) {
            throw new org.unionaid.shared.BusinessRuleException("batch.paymentList.tooLarge",
                    String.valueOf(batch.itemCount()), String.valueOf(PRINTED_LINES));
        }
        return pdf.download("batch-payment-list", java.util.Map.of("batch", batch,
                "printedAt", times.format(times.now())), locale, batch.reference() + ".pdf");
    }

    @GetMapping("/{id}/bank-file.csv")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        BatchView batch = batches.get(id);
        return download(batches.bankFileCsv(id), batch.reference() + ".csv",
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/bank-file.xlsx")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        BatchView batch = batches.get(id);
        return download(batches.bankFileXlsx(id), batch.reference() + ".xlsx",
                MediaType.parseMediaType(Spreadsheets.MEDIA_TYPE));
    }

    @PostMapping("/{id}/results")
    @PreAuthorize("hasRole('ADMIN')")
    String results(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model,
                   RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new BusinessRuleException("batch.result.empty");
            }
            BankResultOutcome outcome = bankResults.importResults(id, file.getBytes());
            redirect.addFlashAttribute("outcome", outcome);
            redirect.addFlashAttribute("success", "batch.result.applied");
            return "redirect:/payouts/batches/" + id;
        } catch (BankResultRejectedException e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems().stream().map(p -> new ProblemLine(p.row(), p.column(),
                    PayoutMessages.problem(p, messages, locale))).toList());
        } catch (BusinessRuleException e) {
            response.setStatus(422);
            model.addAttribute("failure", e.code());
            if (e.args().length > 0) {
                model.addAttribute("failureArgs", e.args());
            }
        }
        model.addAttribute("batch", batches.get(id));
        return "payouts/batches/detail";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
        return Downloads.attachment(filename, type, body);
    }

    /** A row of the result file's problem table. */
    record ProblemLine(int row, String column, String message) {
    }
}
