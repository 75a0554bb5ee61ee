package org.unionaid.payouts.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.branches.Branches;
import org.unionaid.payouts.FundingSourceKind;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.ProgrammeFunding;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.users.UserSummary;

/**
 * The funding sources of a programme ({@code /payouts/funding?programme={id}}, which other modules link to;
 * {@code fragment=true} returns only the table for embedding with htmx) and the ADMIN's pledge form; 404 to
 * whoever may not see the programme ({@link Funding#ofVisibleProgramme(long)}).
 */
@Controller
@RequestMapping("/payouts/funding")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CASEWORKER', 'CLAIMS_REVIEWER', 'PARTNER')")
class FundingController {

    private final Funding funding;
    private final Branches branches;
    private final Users users;

    FundingController(Funding funding, Branches branches, Users users) {
        this.funding = funding;
        this.branches = branches;
        this.users = users;
    }

    @GetMapping
    String sources(@RequestParam("programme") long programmeId,
                   @RequestParam(defaultValue = "false") boolean fragment, Model model) {
        ProgrammeFunding programme = funding.ofVisibleProgramme(programmeId);
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("sources", programme.sources());
        model.addAttribute("use", programme.use());
        if (fragment) {
            return "payouts/funding/sources :: sources";
        }
        if (!model.containsAttribute("pledgeForm")) {
            PledgeForm form = new PledgeForm();
            form.setProgrammeId(programmeId);
            form.setBranchId(Actors.required().branchId());
            model.addAttribute("pledgeForm", form);
        }
        model.addAttribute("kinds", FundingSourceKind.values());
        model.addAttribute("branches", branches.subtree(Actors.required().branchId()));
        return "payouts/funding/sources";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String pledge(@Valid @ModelAttribute("pledgeForm") PledgeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Long partnerUserId = null;
        if (form.getKind() == FundingSourceKind.PARTNER) {
            partnerUserId = partner(form.getPartnerUsername());
            if (partnerUserId == null) {
                result.rejectValue("partnerUsername", "funding.partner.unknown", "funding.partner.unknown");
            }
        }
        if (!result.hasErrors()) {
            try {
                funding.pledge(form.toCommand(partnerUserId));
                redirect.addFlashAttribute("success", "funding.pledged");
                return "redirect:/payouts/funding?programme=" + form.getProgrammeId();
            } catch (BusinessRuleException e) {
                result.reject(e.code(), PayoutMessages.args(e.args()), e.code());
            }
        }
        response.setStatus(422);
        return sources(form.getProgrammeId() == null ? 0 : form.getProgrammeId(), false, model);
    }

    private @Nullable Long partner(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return users.findByUsername(username.strip()).filter(u -> u.roles().contains(Role.PARTNER))
                .map(UserSummary::id).orElse(null);
    }
}
