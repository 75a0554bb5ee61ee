package org.unionaid.users.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.web.Paging;
import org.unionaid.users.Users;
import org.unionaid.users.UserSummary;

/**
 * The SYSADMIN's user pages: list with search, new account, edit, unlock and password reset, all within
 * the SYSADMIN's branch subtree (checked by {@link Users}; other ids are not found).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 20;

    private final Users users;
    private final Branches branches;

    UserAdminController(Users users, Branches branches) {
        this.users = users;
        this.branches = branches;
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return Arrays.asList(Role.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        long scope = scopeBranchId();
        Page<UserSummary> found = users.search(scope, q,
                Paging.page(page, PAGE_SIZE, Sort.by("username")));
        model.addAttribute("users", found);
        model.addAttribute("q", q);
        model.addAttribute("branchById", branchesById(scope));
        return "admin/users/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("newUserForm", new NewUserForm());
        return createForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("newUserForm") NewUserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return createForm(model);
        }
        UserSummary created;
        try {
            created = users.create(scopeBranchId(), form.toCommand());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return createForm(model);
        }
        redirect.addFlashAttribute("success", "admin.user.created");
        return "redirect:/admin/users/" + created.id();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return editPage(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return editPage(id, model);
        }
        try {
            users.update(id, scopeBranchId(), form.toCommand());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return editPage(id, model);
        }
        redirect.addFlashAttribute("success", "admin.user.updated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id, scopeBranchId());
        redirect.addFlashAttribute("success", "admin.user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") ResetPasswordForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return editPage(id, model);
        }
        try {
            users.resetPassword(id, scopeBranchId(), Objects.requireNonNull(form.getNewPassword()));
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return editPage(id, model);
        }
        redirect.addFlashAttribute("success", "admin.user.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    private String createForm(Model model) {
        model.addAttribute("branchChoices", activeBranches(scopeBranchId()));
        model.addAttribute("minLength", users.minPasswordLength());
        return "admin/users/new";
    }

    /** The edit page; a form that failed keeps its input, the other starts empty or from the stored values. */
    private String editPage(long id, Model model) {
        long scope = scopeBranchId();
        UserSummary user = users.get(id, scope);
        model.addAttribute("user", user);
        model.addAttribute("userBranch", branches.get(user.branchId()));
        // the user's own branch stays selectable even when it has been deactivated since
        model.addAttribute("branchChoices", branches.subtree(scope).stream()
                .filter(b -> b.active() || b.id() == user.branchId()).toList());
        model.addAttribute("minLength", users.minPasswordLength());
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", UserForm.of(user));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new ResetPasswordForm());
        }
        return "admin/users/edit";
    }

    private List<BranchView> activeBranches(long scope) {
        return branches.subtree(scope).stream().filter(BranchView::active).toList();
    }

    private Map<Long, BranchView> branchesById(long scope) {
        Map<Long, BranchView> byId = new LinkedHashMap<>();
        branches.subtree(scope).forEach(b -> byId.put(b.id(), b));
        return byId;
    }

    private static long scopeBranchId() {
        return Actors.required().branchId();
    }
}
