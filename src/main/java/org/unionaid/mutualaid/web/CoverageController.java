package org.unionaid.mutualaid.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.mutualaid.Claims;
import org.unionaid.mutualaid.Enrolments;

/** A worker's own mutual-aid page: their coverage and their claims. */
@Controller
class CoverageController {

    private final Enrolments enrolments;
    private final Claims claims;

    CoverageController(Enrolments enrolments, Claims claims) {
        this.enrolments = enrolments;
        this.claims = claims;
    }

    @GetMapping("/me/coverage")
    String coverage(Model model) {
        model.addAttribute("coverage", enrolments.mine());
        model.addAttribute("claims", claims.mine());
        return "mutualaid/coverage";
    }
}
