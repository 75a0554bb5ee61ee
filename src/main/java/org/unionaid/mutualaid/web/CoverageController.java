package org.unionaid.mutualaid.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.mutualaid.Enrolments;

/** A worker's own mutual-aid page: their coverage and their claims. */
@Controller
class CoverageController {

    private final Enrolments enrolments;
    private final ClaimQueries claimQueries;

    CoverageController(Enrolments enrolments, ClaimQueries claimQueries) {
        this.enrolments = enrolments;
        this.claimQueries = claimQueries;
    }

    @GetMapping("/me/coverage")
    String coverage(Model model) {
        model.addAttribute("coverage", enrolments.mine());
        model.addAttribute("claims", claimQueries.mine());
        return "mutualaid/coverage";
    }
}
