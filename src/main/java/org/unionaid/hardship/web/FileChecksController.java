package org.unionaid.hardship.web;

import java.io.IOException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.documents.DocumentKind;
import org.unionaid.documents.FormFiles;
import org.unionaid.hardship.FileConsents;
import org.unionaid.hardship.FileReviewTasks;
import org.unionaid.hardship.ReviewTaskView;
import org.unionaid.hardship.Upload;
import org.unionaid.shared.BusinessRuleException;

/** The checks on a file's page: uploading the signed means-test consent, resolving a review task. */
@Controller
@RequestMapping("/hardship/files/{id}")
@PreAuthorize("hasRole('CASEWORKER')")
class FileChecksController {

    private final FileConsents consents;
    private final FileReviewTasks tasks;

    FileChecksController(FileConsents consents, FileReviewTasks tasks) {
        this.consents = consents;
        this.tasks = tasks;
    }

    @PostMapping("/consent")
    String consent(@PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
                   @RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (signedOn == null) {
            return failed(id, redirect, new BusinessRuleException("hardshipFile.consent.signedOnRequired"));
        }
        if (file == null || !FormFiles.chosen(file)) {
            return failed(id, redirect, new BusinessRuleException("hardshipFile.consent.fileRequired"));
        }
        try {
            consents.record(id, signedOn, new Upload(DocumentKind.CONSENT, FormFiles.fileName(file, "consent"),
                    file.getBytes()));
        } catch (BusinessRuleException e) {
            return failed(id, redirect, e);
        }
        redirect.addFlashAttribute("success", "hardshipFile.consent.recorded");
        return "redirect:/hardship/files/" + id + "#file-consent";
    }

    @PostMapping("/review-tasks/{taskId}/resolve")
    String resolve(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) @Nullable String note,
                   RedirectAttributes redirect) {
        ReviewTaskView task = tasks.ofFile(id).stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new org.unionaid.hardship.HardshipFileNotFoundException(id));
        try {
            tasks.resolve(task.id(), note);
        } catch (BusinessRuleException e) {
            return failed(id, redirect, e);
        }
        redirect.addFlashAttribute("success", "reviewTask.resolved");
        return "redirect:/hardship/files/" + id + "#file-review-tasks";
    }

    private static String failed(long id, RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("failure", e.code());
        redirect.addFlashAttribute("failureArgs", e.args());
        return "redirect:/hardship/files/" + id;
    }
}
