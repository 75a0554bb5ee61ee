package org.unionaid.payouts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.payouts.MyPayouts;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.web.Paging;

/** The signed-in worker's payouts in every state, newest first ({@code /me/payouts}). */
@Controller
class MyPayoutsController {

    static final int PAGE_SIZE = 20;

    private final MyPayouts payouts;

    MyPayoutsController(MyPayouts payouts) {
        this.payouts = payouts;
    }

    @GetMapping("/me/payouts")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", payouts.mine(Paging.page(page, PAGE_SIZE)));
        model.addAttribute("worker", Actors.required().workerId() != null);
        return "payouts/mine";
    }
}
