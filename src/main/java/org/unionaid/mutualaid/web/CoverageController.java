package org.unionaid.mutualaid.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.mutualaid.Enrolments;
import org.unionaid.mutualaid.StayQueries;

/** A worker's own mutual-aid page: their coverage, their claims and the benefits made without a claim. */
@Controller
class CoverageController {

    private final Enrolments enrolments;
    private final ClaimQueries claimQueries;
    private final StayQueries stayQueries;

    CoverageController(Enrolments enrolments, ClaimQueries claimQueries, StayQueries stayQueries) {
        this.enrolments = enrolments;
        this.claimQueries = claimQueries;
        this.stayQueries = stayQueries;
    }

    @GetMapping("/me/coverage")
    String coverage(Model model) {
        model.addAttribute("coverage", enrolments.mine());
        model.addAttribute("claims", claimQueries.mine());
        // benefits made from imported hospital stays, with their explanation (免申即享)
        model.addAttribute("imported", stayQueries.mine());
        return "mutualaid/coverage";
    }
}
