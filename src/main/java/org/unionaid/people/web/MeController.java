package org.unionaid.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.people.People;

/** A worker's own home page: their record and household. */
@Controller
class MeController {

    private final People people;

    MeController(People people) {
        this.people = people;
    }

    @GetMapping("/me")
    String me(Model model) {
        model.addAttribute("worker", people.mine().orElse(null));
        model.addAttribute("mayReveal", true);
        return "people/me";
    }
}
