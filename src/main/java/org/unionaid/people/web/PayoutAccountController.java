package org.unionaid.people.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.people.PayoutAccountRules;
import org.unionaid.people.People;
import org.unionaid.people.WorkerNotFoundException;
import org.unionaid.people.WorkerView;
import org.unionaid.shared.BusinessRuleException;

/**
 * A worker's payout account (bank, holder, number): the worker keeps their own at {@code /me/account}, a caseworker
 * or admin the account of a worker of their branches at {@code /workers/{id}/account}. Each problem is shown at its
 * field; what was typed is kept.
 */
@Controller
class PayoutAccountController {

    private final People people;

    PayoutAccountController(People people) {
        this.people = people;
    }

    @GetMapping("/me/account")
    @PreAuthorize("hasRole('WORKER')")
    String myForm(Model model) {
        return page(mine(), new PayoutAccountForm(), "/me", model);
    }

    @PostMapping("/me/account")
    @PreAuthorize("hasRole('WORKER')")
    String saveMine(@ModelAttribute("accountForm") PayoutAccountForm form, BindingResult result, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        WorkerView worker = mine();
        return save(worker, form, result, "/me", model, redirect, response);
    }

    @GetMapping("/workers/{id}/account")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    String staffForm(@PathVariable long id, Model model) {
        return page(people.get(id), new PayoutAccountForm(), "/workers/" + id, model);
    }

    @PostMapping("/workers/{id}/account")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    String saveStaff(@PathVariable long id, @ModelAttribute("accountForm") PayoutAccountForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(people.get(id), form, result, "/workers/" + id, model, redirect, response);
    }

    private String save(WorkerView worker, PayoutAccountForm form, BindingResult result, String back, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        PayoutAccountRules.problems(form.getBankName(), form.getHolder(), form.getNumber())
                .forEach((field, code) -> result.rejectValue(field, code, code));
        if (!result.hasErrors()) {
            try {
                people.updatePayoutAccount(worker.id(), form.toAccount());
                redirect.addFlashAttribute("success", "payoutAccount.saved");
                return "redirect:" + back;
            } catch (BusinessRuleException e) {
                result.reject(e.code(), e.args(), e.code());
            }
        }
        response.setStatus(422);
        return page(worker, form, back, model);
    }

    private String page(WorkerView worker, PayoutAccountForm form, String back, Model model) {
        model.addAttribute("worker", worker);
        model.addAttribute("back", back);
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", form);
        }
        return "people/account";
    }

    private WorkerView mine() {
        return people.mine().orElseThrow(() -> new WorkerNotFoundException(-1));
    }
}
