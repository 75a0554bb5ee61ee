package org.unionaid.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.people.PeopleManagement;

/** A worker's own home page: their record and household. */
@Controller
class MeController {

    private final PeopleManagement people;

    MeController(PeopleManagement people) {
        this.people = people;
    }

    @GetMapping("/me")
    String me(Model model) {
        model.addAttribute("worker", people.mine().orElse(null));
        model.addAttribute("mayReveal", true);
        return "people/me";
    }
}
