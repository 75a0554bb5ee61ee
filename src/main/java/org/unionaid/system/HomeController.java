package org.unionaid.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.branches.Branches;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.users.SecurityProperties;

@Controller
class HomeController {

    private final Branches branches;
    private final SecurityProperties security;

    HomeController(Branches branches, SecurityProperties security) {
        this.branches = branches;
        this.security = security;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = Actors.required();
        if (actor.has(Role.WORKER) && !actor.isStaff() && actor.workerId() != null) {
            return "redirect:/me";
        }
        model.addAttribute("branch", branches.get(actor.branchId()));
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockoutMinutes", security.lockout().toMinutes());
        return "login";
    }
}
