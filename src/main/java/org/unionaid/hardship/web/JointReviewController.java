package org.unionaid.hardship.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.JointReviewView;
import org.unionaid.hardship.JointReviews;
import org.springframework.ui.Model;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.time.Times;

/** Recording a joint review meeting (联审) about one or more files. */
@Controller
@RequestMapping("/hardship/joint-reviews")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
class JointReviewController {

    private final JointReviews jointReviews;
    private final HardshipFiles files;
    private final Times times;

    JointReviewController(JointReviews jointReviews, HardshipFiles files, Times times) {
        this.times = times;
        this.jointReviews = jointReviews;
        this.files = files;
    }

    /** The meetings recorded in the caller's subtree, latest first. */
    @GetMapping
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')") // HardshipFiles.READERS
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("meetings", jointReviews.inScope(page, 20));
        return "hardship/reviews/joint-list";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) @Nullable Long fileId,
                @ModelAttribute("jointReviewForm") JointReviewForm form) {
        if (form.getHeldOn() == null) {
            form.setHeldOn(times.today());
        }
        if (fileId != null) {
            form.setFileNumbers(files.get(fileId).fileNumber());
            form.setFileId(fileId);
        }
        return "hardship/reviews/joint";
    }

    @PostMapping
    String record(@Valid @ModelAttribute("jointReviewForm") JointReviewForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "hardship/reviews/joint";
        }
        JointReviewView saved;
        try {
            saved = jointReviews.record(form.getHeldOn() == null ? times.today() : form.getHeldOn(),
                    String.valueOf(form.getAgencies()), String.valueOf(form.getParticipants()),
                    String.valueOf(form.getDecisions()), form.fileNumberList());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), HardshipFileMessages.args(e.args()), e.code());
            return "hardship/reviews/joint";
        }
        redirect.addFlashAttribute("success", "jointReview.saved");
        // back where the caseworker came from: the file the meeting was recorded from, the only file it
        // discussed, or the list of meetings
        Long fileId = form.getFileId();
        if (fileId != null) {
            return "redirect:/hardship/files/" + fileId;
        }
        if (saved.fileIds().size() == 1) {
            return "redirect:/hardship/files/" + saved.fileIds().get(0);
        }
        return "redirect:/hardship/joint-reviews";
    }
}
