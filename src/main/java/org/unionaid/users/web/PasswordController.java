package org.unionaid.users.web;

import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.users.Users;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final Users users;

    PasswordController(Users users) {
        this.users = users;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return users.minPasswordLength();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return "account/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            if (result.hasFieldErrors("confirmed")) {
                result.rejectValue("confirmPassword", "password.confirm.mismatch");
            }
            return "account/password";
        }
        try {
            users.changeOwnPassword(Actors.required().id(), Objects.requireNonNull(form.getCurrentPassword()),
                    Objects.requireNonNull(form.getNewPassword()));
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return "account/password";
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }
}
