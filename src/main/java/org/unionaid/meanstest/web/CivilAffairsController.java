package org.unionaid.meanstest.web;

import java.io.IOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.unionaid.meanstest.CivilAffairsImports;
import org.unionaid.meanstest.CivilAffairsImports.Outcome;
import org.unionaid.meanstest.FilesToReverify;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.web.Paging;

/** Civil-affairs imports (民政核对数据): the list and upload, the template, one import's matches, files to re-verify. */
@Controller
@RequestMapping("/means-test")
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
class CivilAffairsController {

    private final CivilAffairsImports imports;
    private final FilesToReverify reverify;

    CivilAffairsController(CivilAffairsImports imports, FilesToReverify reverify) {
        this.imports = imports;
        this.reverify = reverify;
    }

    @GetMapping("/imports")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("imports", imports.list(Paging.page(page, 25)));
        return "meanstest/imports";
    }

    @GetMapping("/imports/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Spreadsheets.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("civil-affairs-template.xlsx").build().toString())
                .body(imports.template(locale));
    }

    @PostMapping("/imports")
    @PreAuthorize("hasRole('CASEWORKER')")
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
            return list(0, model);
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Outcome outcome = imports.importFile(file.getBytes(), name);
        if (!outcome.succeeded()) {
            model.addAttribute("problems", outcome.problems());
            model.addAttribute("fileName", name);
            return list(0, model);
        }
        redirect.addFlashAttribute("success", "civilAffairs.imported");
        return "redirect:/means-test/imports/" + outcome.importId();
    }

    @GetMapping("/imports/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", imports.get(id));
        return "meanstest/import";
    }

    @GetMapping("/reverify")
    String reverify(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("files", reverify.list(Paging.page(page, 25)));
        return "meanstest/reverify";
    }
}
