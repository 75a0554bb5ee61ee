package org.unionaid.people.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.unionaid.branches.Branches;
import org.unionaid.people.SelfRegistrations;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.users.Users;

/** Public self-registration of a worker: the worker record and their account, together. */
@Controller
@RequestMapping("/register")
class RegistrationController {

    private final SelfRegistrations registrations;
    private final Branches branches;
    private final Users users;

    RegistrationController(SelfRegistrations registrations, Branches branches, Users users) {
        this.registrations = registrations;
        this.branches = branches;
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        return page(new RegistrationForm(), model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult result,
                    Model model) {
        if (result.hasFieldErrors("confirmed")) {
            result.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                registrations.register(form.toCommand());
                return "redirect:/login?registered";
            } catch (BusinessRuleException e) {
                switch (e.code()) {
                    case "user.username.taken" -> result.rejectValue("username", e.code(), e.args(), e.code());
                    case "password.tooShort", "password.tooSimple" ->
                            result.rejectValue("password", e.code(), e.args(), e.code());
                    // an anonymous visitor is not told that the ID is on file, only what to do if it is; no
                    // second worker is created
                    case "worker.nationalId.duplicate" -> result.rejectValue("nationalId",
                            "register.nationalId.notAccepted", "register.nationalId.notAccepted");
                    default -> WorkerController.reject(result, e);
                }
            }
        }
        form.forgetPasswords();
        return page(form, model);
    }

    private String page(RegistrationForm form, Model model) {
        model.addAttribute("registrationForm", form);
        model.addAttribute("branchChoices", branches.activeBranches());
        model.addAttribute("minLength", users.minPasswordLength());
        return "people/register";
    }
}
