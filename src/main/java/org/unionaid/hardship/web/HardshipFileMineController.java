package org.unionaid.hardship.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.hardship.HardshipFiles;

/** A filed worker's own file: state, category and next review, nothing of internal notes. */
@Controller
class HardshipFileMineController {

    private final HardshipFiles files;

    HardshipFileMineController(HardshipFiles files) {
        this.files = files;
    }

    @GetMapping("/me/file")
    String mine(Model model) {
        model.addAttribute("file", files.mine().orElse(null));
        return "hardship/files/mine";
    }
}
