package org.unionaid.branches.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchScope;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;

/**
 * The SYSADMIN's branch pages: the tree of their own subtree, a new branch, and per branch rename, move,
 * deactivate and re-activate. Scope and role are checked by {@link Branches}.
 */
@Controller
@RequestMapping("/admin/branches")
class BranchAdminController {

    private final Branches branches;

    BranchAdminController(Branches branches) {
        this.branches = branches;
    }

    @GetMapping
    String tree(Model model) {
        List<BranchView> tree = branches.subtree(scope().branchId());
        model.addAttribute("branches", tree);
        model.addAttribute("rootDepth", tree.isEmpty() ? 0 : tree.get(0).depth());
        return "admin/branches/list";
    }

    @GetMapping("/new")
    String newBranch(Model model) {
        model.addAttribute("branchForm", new BranchForm());
        return createForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("branchForm") BranchForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return createForm(model);
        }
        BranchView created;
        try {
            created = branches.create(scope(), form.toCommand());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return createForm(model);
        }
        redirect.addFlashAttribute("success", "admin.branch.created");
        redirect.addFlashAttribute("highlight", created.id());
        return "redirect:/admin/branches";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model);
    }

    @PostMapping("/{id}/rename")
    String rename(@PathVariable long id, @Valid @ModelAttribute("renameForm") RenameBranchForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return detailPage(id, model);
        }
        try {
            branches.rename(scope(), id, Objects.requireNonNull(form.getName()), form.getNameEn());
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return detailPage(id, model);
        }
        redirect.addFlashAttribute("success", "admin.branch.renamed");
        return "redirect:/admin/branches/" + id;
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @Valid @ModelAttribute("moveForm") MoveBranchForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return detailPage(id, model);
        }
        try {
            branches.move(scope(), id, Objects.requireNonNull(form.getNewParentId()));
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return detailPage(id, model);
        }
        redirect.addFlashAttribute("success", "admin.branch.moved");
        return "redirect:/admin/branches/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @Valid @ModelAttribute("deactivateForm") DeactivateBranchForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return detailPage(id, model);
        }
        try {
            branches.deactivate(scope(), id, Objects.requireNonNull(form.getReason()));
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            return detailPage(id, model);
        }
        redirect.addFlashAttribute("success", "admin.branch.deactivated");
        return "redirect:/admin/branches/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            branches.activate(scope(), id);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            return "redirect:/admin/branches/" + id;
        }
        redirect.addFlashAttribute("success", "admin.branch.activated");
        return "redirect:/admin/branches/" + id;
    }

    private String createForm(Model model) {
        List<BranchView> tree = branches.subtree(scope().branchId());
        model.addAttribute("parents", tree.stream()
                .filter(b -> b.active() && b.level() != BranchLevel.GRASSROOTS).toList());
        model.addAttribute("rootDepth", tree.isEmpty() ? 0 : tree.get(0).depth());
        model.addAttribute("levels", Arrays.stream(BranchLevel.values())
                .filter(level -> level != BranchLevel.NATIONAL).toList());
        return "admin/branches/form";
    }

    /** The branch page; a form that failed keeps its input, the others start from the stored values. */
    private String detailPage(long id, Model model) {
        BranchScope scope = scope();
        BranchView branch = branches.get(scope, id);
        model.addAttribute("branch", branch);
        model.addAttribute("parent", branch.parentId() == null ? null : branches.get(branch.parentId()));
        model.addAttribute("moveTargets", branches.moveTargets(scope, id));
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", RenameBranchForm.of(branch));
        }
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new MoveBranchForm());
        }
        if (!model.containsAttribute("deactivateForm")) {
            model.addAttribute("deactivateForm", new DeactivateBranchForm());
        }
        return "admin/branches/detail";
    }

    private BranchScope scope() {
        return branches.scopeOf(Actors.required().branchId());
    }
}
