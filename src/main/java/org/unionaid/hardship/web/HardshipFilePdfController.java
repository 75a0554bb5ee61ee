package org.unionaid.hardship.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unionaid.hardship.HardshipFileView;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.shared.pdf.PdfDocuments;
import org.unionaid.shared.time.Times;

/** The printable approval form (困难职工档案审批表) of a file, for the staff who read it. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
class HardshipFilePdfController {

    private final HardshipFiles files;
    private final PdfDocuments pdf;
    private final Times times;

    HardshipFilePdfController(HardshipFiles files, PdfDocuments pdf, Times times) {
        this.files = files;
        this.pdf = pdf;
        this.times = times;
    }

    @GetMapping("/hardship/files/{id}/approval-form.pdf")
    ResponseEntity<byte[]> approvalForm(@PathVariable long id, Locale locale) {
        HardshipFileView file = files.get(id);
        return pdf.download("hardship-approval", Map.of("file", file, "printedAt", times.format(times.now())),
                locale, file.fileNumber() + ".pdf");
    }
}
