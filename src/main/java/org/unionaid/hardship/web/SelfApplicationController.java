package org.unionaid.hardship.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.documents.FormFiles;
import org.unionaid.documents.DocumentKind;
import org.unionaid.hardship.Leads;
import org.unionaid.hardship.Upload;
import org.unionaid.shared.BusinessRuleException;

/** A worker applies for help for their own household (the application becomes a lead). */
@Controller
@RequestMapping("/me/apply")
@PreAuthorize("hasRole('WORKER')")
class SelfApplicationController {

    private final Leads leads;

    SelfApplicationController(Leads leads) {
        this.leads = leads;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("applicationForm", new ApplicationForm());
        return "hardship/leads/apply";
    }

    @PostMapping
    String apply(@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
                 RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "hardship/leads/apply";
        }
        try {
            leads.applyForMyself(form.getSituation() == null ? "" : form.getSituation(),
                    FormFiles.of(form.getDocuments(),
                            (name, bytes) -> new Upload(DocumentKind.OTHER, name, bytes)));
        } catch (BusinessRuleException e) {
            FormFiles.reject(result, e, java.util.Map.of("documents", form.getDocuments()));
            return "hardship/leads/apply";
        }
        redirect.addFlashAttribute("success", "lead.selfApplication.sent");
        return "redirect:/leads/mine";
    }

    public static class ApplicationForm {

        @NotBlank(message = "{lead.form.situation.required}")
        @Size(max = 4000, message = "{lead.form.tooLong}")
        private @Nullable String situation;

        private java.util.List<MultipartFile> documents = new java.util.ArrayList<>();

        public @Nullable String getSituation() {
            return situation;
        }

        public void setSituation(@Nullable String situation) {
            this.situation = situation;
        }

        public java.util.List<MultipartFile> getDocuments() {
            return documents;
        }

        public void setDocuments(java.util.List<MultipartFile> documents) {
            this.documents = documents;
        }
    }
}
