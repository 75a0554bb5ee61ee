package org.unionaid.hardship.web;

import java.io.IOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.hardship.ScreeningListImport;
import org.unionaid.hardship.ScreeningListImport.Outcome;
import org.unionaid.shared.web.Downloads;

/** Importing a screening list (Excel) as leads, with a downloadable template. */
@Controller
@RequestMapping("/leads/import")
@PreAuthorize("hasRole('CASEWORKER')")
class ScreeningListController {

    private final ScreeningListImport screeningList;

    ScreeningListController(ScreeningListImport screeningList) {
        this.screeningList = screeningList;
    }

    @GetMapping
    String form(Model model) {
        return page(model);
    }

    /** The import page, with the union codes the caseworker may use. */
    private String page(Model model) {
        model.addAttribute("branchChoices", screeningList.branchChoices());
        return "hardship/leads/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return Downloads.xlsx("screening-list-template.xlsx", screeningList.template(locale));
    }

    @PostMapping
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
            return page(model);
        }
        Outcome outcome = screeningList.importFile(file.getBytes());
        if (!outcome.succeeded()) {
            model.addAttribute("problems", outcome.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return page(model);
        }
        redirect.addFlashAttribute("success", "import.done");
        return "redirect:/leads?source=IMPORT";
    }
}
