package org.unionaid.users.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.web.Paging;
import org.unionaid.users.ApiTokens;
import org.unionaid.users.ApiTokens.IssuedToken;

/**
 * The SYSADMIN's API token pages: the tokens of the accounts in their branch subtree, issue (the token is shown
 * once, in the answer to the POST itself — never in a redirect's flash, which would keep it in the session table)
 * and revoke. /admin/** is SYSADMIN-only by URL; {@link ApiTokens} checks the role again.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenAdminController {

    private static final int PAGE_SIZE = 20;

    private final ApiTokens tokens;

    ApiTokenAdminController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tokens", tokens.list(scopeBranchId(), Paging.page(page, PAGE_SIZE)));
        return "admin/api-tokens/list";
    }

    @GetMapping("/new")
    String newToken(@RequestParam(required = false) @Nullable String username, Model model) {
        ApiTokenForm form = new ApiTokenForm();
        form.setUsername(username);
        form.setExpiresOn(tokens.suggestedExpiry());
        model.addAttribute("apiTokenForm", form);
        return form(model);
    }

    @PostMapping
    String issue(@Valid @ModelAttribute("apiTokenForm") ApiTokenForm form, BindingResult result, Model model,
                 HttpServletResponse response) {
        if (result.hasErrors()) {
            return form(model);
        }
        IssuedToken issued;
        try {
            issued = tokens.issue(scopeBranchId(), form.toCommand());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return form(model);
        }
        // the page holds the secret: no cache may keep it
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "admin/api-tokens/issued";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, scopeBranchId());
        redirect.addFlashAttribute("success", "apiToken.revoked");
        return "redirect:/admin/api-tokens";
    }

    private String form(Model model) {
        model.addAttribute("latestExpiry", tokens.latestExpiry());
        return "admin/api-tokens/new";
    }

    private static long scopeBranchId() {
        return Actors.required().branchId();
    }
}
