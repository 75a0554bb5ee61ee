package org.unionaid.wishes.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.documents.FormFiles;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.web.Paging;
import org.unionaid.wishes.PostWish;
import org.unionaid.wishes.WishBoard;
import org.unionaid.wishes.WishState;
import org.unionaid.wishes.WishView;
import org.unionaid.wishes.Wishes;

/**
 * The micro-wish pages: the donors' board {@code /wishes}, one wish with the step the user may take, the posting
 * form (a worker's own, or a caseworker's for a worker), the approval queue, a donor's claims, statistics, and the
 * worker's {@code /me/wishes}. Phone first: one card per wish.
 */
@Controller
class WishController {

    private static final int PAGE_SIZE = 24;

    private final Wishes wishes;
    private final WishBoard board;

    WishController(Wishes wishes, WishBoard board) {
        this.wishes = wishes;
        this.board = board;
    }

    @GetMapping("/wishes")
    String board(@RequestParam(required = false) @Nullable WishState state,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        Set<WishState> states = state == null ? Set.of() : EnumSet.of(state);
        model.addAttribute("wishes", board.board(states, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("state", state);
        model.addAttribute("states", List.of(WishState.PUBLISHED, WishState.CLAIMED, WishState.DELIVERED));
        return "wishes/board";
    }

    @GetMapping("/wishes/review")
    @PreAuthorize("hasRole('CASEWORKER')")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("wishes", board.queue(Paging.page(page, PAGE_SIZE)));
        return "wishes/queue";
    }

    @GetMapping("/wishes/claimed")
    @PreAuthorize("hasAnyRole('PARTNER', 'CASEWORKER', 'ADMIN')")
    String claimed(Model model) {
        model.addAttribute("wishes", board.claimedByMe());
        return "wishes/claimed";
    }

    @GetMapping("/wishes/statistics")
    String statistics(Model model) {
        model.addAttribute("figures", board.statistics());
        model.addAttribute("states", WishState.values());
        return "wishes/statistics";
    }

    @GetMapping("/me/wishes")
    String mine(Model model) {
        model.addAttribute("wishes", board.mine());
        return "wishes/mine";
    }

    @GetMapping("/wishes/{id}")
    String detail(@PathVariable long id, Model model) {
        WishView wish = board.get(id);
        model.addAttribute("wish", wish);
        WishBoard.WishActions actions = board.actions(wish);
        model.addAttribute("mayClaim", actions.mayClaim());
        model.addAttribute("mayReview", actions.mayReview());
        model.addAttribute("claimedByMe", actions.claimedByMe());
        model.addAttribute("own", actions.own());
        return "wishes/detail";
    }

    @GetMapping("/wishes/new")
    String form(@RequestParam(required = false) @Nullable Long workerId, Model model) {
        WishForm form = new WishForm();
        form.setWorkerId(workerId);
        return form(form, model);
    }

    private String form(WishForm form, Model model) {
        var programmes = wishes.programmesFor(form.getWorkerId());
        if (form.getProgrammeId() == null && programmes.size() == 1) {
            form.setProgrammeId(programmes.get(0).id());
        }
        model.addAttribute("wishForm", form);
        model.addAttribute("programmes", programmes);
        return "wishes/form";
    }

    @PostMapping("/wishes")
    String post(@Valid @ModelAttribute("wishForm") WishForm form, BindingResult result, Model model,
                RedirectAttributes redirect) throws IOException {
        if (!result.hasErrors()) {
            try {
                MultipartFile photo = form.getPhoto();
                WishView wish = wishes.post(new PostWish(form.getWorkerId(), form.getProgrammeId(),
                        String.valueOf(form.getTitle()), String.valueOf(form.getReason()), form.getValue(),
                        FormFiles.chosen(photo) ? new PostWish.Photo(FormFiles.fileName(photo, "photo"),
                                photo.getBytes()) : null));
                redirect.addFlashAttribute("success", "wish.posted");
                return "redirect:/wishes/" + wish.id();
            } catch (BusinessRuleException e) {
                FormFiles.reject(result, e, Map.of("photo", form.getPhoto() == null ? List.of()
                        : List.of(form.getPhoto())));
            }
        }
        return form(form, model);
    }

    @PostMapping("/wishes/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "wish.approved", () -> wishes.approve(id, version));
    }

    @PostMapping("/wishes/{id}/reject")
    String reject(@PathVariable long id, @RequestParam long version,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "wish.rejected", () -> wishes.reject(id, reason, version));
    }

    @PostMapping("/wishes/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "wish.withdrawn", () -> wishes.withdraw(id, version));
    }

    @PostMapping("/wishes/{id}/claim")
    String claim(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "wish.claimed", () -> wishes.claim(id, version));
    }

    @PostMapping("/wishes/{id}/release")
    String release(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "wish.released", () -> wishes.release(id, version));
    }

    @PostMapping("/wishes/{id}/delivery")
    String deliver(@PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) @Nullable MultipartFile photo,
                   @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return step(id, redirect, "wish.delivered", () -> {
            try {
                return wishes.deliver(id, FormFiles.chosen(photo) ? new PostWish.Photo(
                        FormFiles.fileName(photo, "photo"), photo.getBytes()) : null, note, version);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/wishes/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "wish.confirmed", () -> wishes.confirm(id, version));
    }

    private String step(long id, RedirectAttributes redirect, String success,
                        java.util.function.Supplier<WishView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.code());
            redirect.addFlashAttribute("failureArgs", e.args());
        }
        return "redirect:/wishes/" + id;
    }
}
