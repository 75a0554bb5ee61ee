package org.unionaid.mutualaid.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.mutualaid.ClaimDrafts;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;

/**
 * Deletes a claim DRAFT for its owner (the page asks to confirm first); back to the worker's coverage page, or for
 * a caseworker who filed it to the claims queue. A claim that left DRAFT stays, with the reason.
 */
@Controller
@PreAuthorize("hasAnyRole('WORKER', 'CASEWORKER')")
class ClaimDraftController {

    private final ClaimDrafts drafts;

    ClaimDraftController(ClaimDrafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/mutualaid/claims/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            drafts.delete(id);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", e.args());
            return "redirect:/mutualaid/claims/" + id;
        }
        redirect.addFlashAttribute("success", "claim.deleted");
        return Actors.required().workerId() != null ? "redirect:/me/coverage" : "redirect:/mutualaid/claims";
    }
}
