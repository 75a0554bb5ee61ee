package org.unionaid.appeals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.appeals.AppealSubjectType;
import org.unionaid.appeals.AppealView;
import org.unionaid.appeals.Appeals;
import org.unionaid.appeals.LodgeAppeal;
import org.unionaid.documents.FormFiles;
import org.unionaid.shared.BusinessRuleException;

/**
 * The worker's appeal form, reached from the "Appeal" button on the page of their refused application, rejected
 * claim or cancelled file: a reason and optional documents.
 */
@Controller
@RequestMapping("/me/appeals")
class MyAppealsController {

    private final Appeals appeals;

    MyAppealsController(Appeals appeals) {
        this.appeals = appeals;
    }

    @GetMapping("/new")
    String form(@RequestParam AppealSubjectType subjectType, @RequestParam long subjectId, Model model) {
        model.addAttribute("draft", appeals.draft(subjectType, subjectId));
        if (!model.containsAttribute("lodgeForm")) {
            LodgeForm form = new LodgeForm();
            form.setSubjectType(subjectType);
            form.setSubjectId(subjectId);
            model.addAttribute("lodgeForm", form);
        }
        return "appeals/lodge";
    }

    @PostMapping
    String lodge(@Valid @ModelAttribute("lodgeForm") LodgeForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        if (form.getSubjectType() == null) {
            throw new BusinessRuleException("appeal.subject.notRefused");
        }
        if (!result.hasErrors()) {
            try {
                AppealView appeal = appeals.lodge(new LodgeAppeal(form.getSubjectType(), form.getSubjectId(),
                        form.getReason() == null ? "" : form.getReason(), FormFiles.of(form.getDocuments(),
                        LodgeAppeal.AppealDocument::new)));
                redirect.addFlashAttribute("success", "appeal.lodged");
                return "redirect:/appeals/" + appeal.id();
            } catch (BusinessRuleException e) {
                FormFiles.reject(result, e, Map.of("documents", form.getDocuments()));
            }
        }
        return form(form.getSubjectType(), form.getSubjectId(), model);
    }

    public static class LodgeForm {

        private @Nullable AppealSubjectType subjectType;

        private long subjectId;

        @NotBlank(message = "{appeal.form.reason.required}")
        @Size(max = 2000, message = "{appeal.form.reason.tooLong}")
        private @Nullable String reason;

        private List<MultipartFile> documents = new ArrayList<>();

        public @Nullable AppealSubjectType getSubjectType() { return subjectType; }
        public void setSubjectType(@Nullable AppealSubjectType subjectType) { this.subjectType = subjectType; }
        public long getSubjectId() { return subjectId; }
        public void setSubjectId(long subjectId) { this.subjectId = subjectId; }
        public @Nullable String getReason() { return reason; }
        public void setReason(@Nullable String reason) { this.reason = reason; }
        public List<MultipartFile> getDocuments() { return documents; }
        public void setDocuments(List<MultipartFile> documents) { this.documents = documents; }
    }
}
