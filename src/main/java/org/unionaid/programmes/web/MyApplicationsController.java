package org.unionaid.programmes.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.documents.FormFiles;
import org.unionaid.documents.DocumentKind;
import org.unionaid.programmes.ApplicationDocument;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.BusinessRuleException;

/** The worker's own applications: the programmes open to them, each application's state and their answers. */
@Controller
@RequestMapping("/me/applications")
class MyApplicationsController {

    private final Applications applications;
    private final Programmes programmes;

    MyApplicationsController(Applications applications, Programmes programmes) {
        this.applications = applications;
        this.programmes = programmes;
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("applications", applications.mine());
        model.addAttribute("open", programmes.openForSelfApplication());
        return "programmes/mine/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ApplicationView application = applications.get(id);
        if (applications.staffView(application) || application.workerId() != ownWorker()) {
            // staff read the staff page; anyone else reading a worker page gets the 404 of a missing record
            throw new org.unionaid.programmes.ApplicationNotFoundException(id);
        }
        model.addAttribute("app", application);
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm());
        }
        return "programmes/mine/detail";
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        try {
            applications.answerInfoRequest(id, form.getText() == null ? "" : form.getText(),
                    FormFiles.of(form.getDocuments(),
                            (name, bytes) -> new ApplicationDocument(DocumentKind.OTHER, name, bytes)));
            redirect.addFlashAttribute("success", "application.answered");
            return "redirect:/me/applications/" + id;
        } catch (BusinessRuleException e) {
            FormFiles.reject(result, e, java.util.Map.of("documents", form.getDocuments()));
        }
        return detail(id, model);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        try {
            applications.withdraw(id);
            redirect.addFlashAttribute("success", "application.withdrawn");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
        }
        return "redirect:/me/applications/" + id;
    }

    private static long ownWorker() {
        Long id = org.unionaid.shared.security.Actors.required().workerId();
        return id == null ? -1 : id;
    }

    public static class AnswerForm {

        @Size(max = 4000, message = "{programme.form.tooLong}")
        private @Nullable String text;

        private List<MultipartFile> documents = new ArrayList<>();

        public @Nullable String getText() { return text; }
        public void setText(@Nullable String text) { this.text = text; }
        public List<MultipartFile> getDocuments() { return documents; }
        public void setDocuments(List<MultipartFile> documents) { this.documents = documents; }
    }
}
