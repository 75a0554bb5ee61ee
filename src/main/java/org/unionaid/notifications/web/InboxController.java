package org.unionaid.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.notifications.Notifications;
import org.unionaid.notifications.NotificationView;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.web.Paging;

@Controller
@RequestMapping("/inbox")
class InboxController {

    private final Notifications notifications;

    InboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", notifications.inbox(Actors.required().id(), Paging.page(page, 20)));
        return "notifications/inbox";
    }

    /** The unread badge in the navigation bar (htmx fragment). */
    @GetMapping("/count")
    String count(Model model) {
        model.addAttribute("unread", notifications.unreadCount(Actors.required().id()));
        return "notifications/_count";
    }

    /** Opens a message: marks it read and follows its link. */
    @PostMapping("/{id}/read")
    String read(@PathVariable long id) {
        NotificationView view = notifications.markRead(Actors.required().id(), id);
        String link = view.link();
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/inbox");
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead(Actors.required().id());
        redirect.addFlashAttribute("success", "notification.allRead");
        return "redirect:/inbox";
    }
}
