package org.unionaid.notices.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.branches.BranchView;
import org.unionaid.branches.Branches;
import org.unionaid.notices.LodgeObjection;
import org.unionaid.notices.NoticeBoard;
import org.unionaid.notices.NoticeEntry;
import org.unionaid.notices.ObjectionSubject;
import org.unionaid.notices.Objections;
import org.unionaid.shared.BusinessRuleException;

/**
 * The public notice board {@code /notices} (no sign-in; {@code ?branch=CODE} for one union and its sub-branches)
 * and its objection form. Phone first: one card per entry.
 */
@Controller
@RequestMapping("/notices")
class NoticeBoardController {

    private static final Logger log = LoggerFactory.getLogger(NoticeBoardController.class);

    private final NoticeBoard board;
    private final Objections objections;
    private final Branches branches;
    private final ObjectionGuard guard;

    NoticeBoardController(NoticeBoard board, Objections objections, Branches branches, ObjectionGuard guard) {
        this.board = board;
        this.objections = objections;
        this.branches = branches;
        this.guard = guard;
    }

    @GetMapping
    String board(@RequestParam(name = "branch", required = false) @Nullable String branchCode, Model model) {
        BranchView branch = branchCode == null || branchCode.isBlank() ? null : branches.findByCode(branchCode.strip());
        List<NoticeEntry> entries = branchCode != null && !branchCode.isBlank() && branch == null ? List.of()
                : board.entries(branchCode);
        model.addAttribute("entries", entries);
        model.addAttribute("branch", branch);
        model.addAttribute("unknownBranch", branchCode != null && !branchCode.isBlank() && branch == null);
        return "notices/board";
    }

    @GetMapping("/objection")
    String objectionForm(@RequestParam("type") ObjectionSubject type, @RequestParam("id") long id, Model model,
                         HttpServletResponse response) {
        return form(type, id, new ObjectionForm(), model, response);
    }

    @PostMapping("/objection")
    String lodge(@RequestParam("type") ObjectionSubject type, @RequestParam("id") long id,
                 @Valid @ModelAttribute("objectionForm") ObjectionForm form, BindingResult result, Model model,
                 HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            // a bot filled the field people never see: thank it, store nothing
            log.info("Objection form: bot trap filled, nothing stored");
            return "redirect:/notices/objection/received";
        }
        if (!guard.solved(form.getToken(), form.getAnswer())) {
            result.rejectValue("answer", "objection.challenge.wrong");
        }
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(type, id, form, model, response);
        }
        if (!guard.tryAcquire(request.getRemoteAddr())) {
            result.reject("objection.tooMany");
            response.setStatus(429);
            return form(type, id, form, model, response);
        }
        try {
            long objectionId = objections.lodge(new LodgeObjection(type, id, form.getText(), form.getObjectorName(),
                    form.getObjectorContact()));
            redirect.addFlashAttribute("objectionId", objectionId);
            return "redirect:/notices/objection/received";
        } catch (BusinessRuleException e) {
            result.reject(e.code(), e.args(), e.code());
            response.setStatus(422);
            return form(type, id, form, model, response);
        }
    }

    @GetMapping("/objection/received")
    String received() {
        return "notices/received";
    }

    private String form(ObjectionSubject type, long id, ObjectionForm form, Model model, HttpServletResponse response) {
        Optional<NoticeEntry> entry = board.entry(type, id);
        if (entry.isEmpty() && response.getStatus() == 200) {
            response.setStatus(404);
        }
        ObjectionGuard.Challenge challenge = guard.newChallenge();
        form.setToken(challenge.token());
        form.setAnswer(null);
        model.addAttribute("objectionForm", form);
        model.addAttribute("entry", entry.orElse(null));
        model.addAttribute("challenge", challenge);
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        return "notices/objection";
    }
}
