package org.unionaid.mutualaid.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.mutualaid.ContributionLine;
import org.unionaid.mutualaid.EnrolmentView;
import org.unionaid.mutualaid.Enrolments;
import org.unionaid.mutualaid.StaffLists;
import org.unionaid.mutualaid.MutualAidPlans;
import org.unionaid.mutualaid.StaffListRejectedException;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.web.Downloads;

/** An employer's staff enrolments: upload a staff list or enrol one by one; the contributions due. */
@Controller
@RequestMapping("/mutualaid/enrolments")
@PreAuthorize("hasRole('EMPLOYER')")
class EnrolmentController {


    private final Enrolments enrolments;
    private final StaffLists staffLists;
    private final MutualAidPlans plans;
    private final MessageSource messages;

    EnrolmentController(Enrolments enrolments, StaffLists staffLists, MutualAidPlans plans,
                        MessageSource messages) {
        this.enrolments = enrolments;
        this.staffLists = staffLists;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("enrolForm")) {
            model.addAttribute("enrolForm", new EnrolForm());
        }
        return page(model);
    }

    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("enrolForm", new EnrolForm());
        try {
            List<EnrolmentView> enrolled = staffLists.importStaffList(file.getBytes(),
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
            redirect.addFlashAttribute("success", "enrolment.list.imported");
            redirect.addFlashAttribute("importedCount", enrolled.size());
            return "redirect:/mutualaid/enrolments";
        } catch (StaffListRejectedException e) {
            model.addAttribute("problems", e.problems());
        }
        return page(model);
    }

    @PostMapping("/one")
    String enrolOne(@Valid @ModelAttribute("enrolForm") EnrolForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                enrolments.enrol(form.toCommand());
                redirect.addFlashAttribute("success", "enrolment.saved");
                return "redirect:/mutualaid/enrolments";
            } catch (BusinessRuleException e) {
                MutualAidMessages.reject(result, e);
            }
        }
        return page(model);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        byte[] workbook = StaffLists.template(StaffLists.COLUMNS.stream()
                .map(k -> messages.getMessage(k, null, locale)).toList(), msg("enrolment.sheet", locale));
        return xlsx(workbook, "staff-list.xlsx");
    }

    @GetMapping("/contributions")
    String contributions(Model model) {
        List<ContributionLine> lines = enrolments.contributionsDue();
        model.addAttribute("lines", lines);
        model.addAttribute("grandTotal", lines.stream().map(ContributionLine::total)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        return "mutualaid/enrolments/contributions";
    }

    @GetMapping("/contributions.xlsx")
    ResponseEntity<byte[]> contributionsExport(Locale locale) {
        List<String> headers = List.of(msg("plan.field.code", locale), msg("plan.field.name", locale),
                msg("plan.field.termStart", locale), msg("plan.field.termEnd", locale),
                msg("enrolment.contributions.members", locale), msg("plan.field.contribution", locale),
                msg("enrolment.contributions.total", locale), msg("enrolment.contributions.explanation", locale));
        List<List<Object>> rows = enrolments.contributionsDue().stream().map(l -> List.<Object>of(l.planCode(),
                l.planName(), l.termStart(), l.termEnd(), l.members(), l.contributionPerMember(), l.total(),
                messages.getMessage(l.explanation().key(), l.explanation().argsArray(), locale))).toList();
        return xlsx(Spreadsheets.write(msg("enrolment.contributions.title", locale), headers, rows),
                "contributions.xlsx");
    }

    private String page(Model model) {
        model.addAttribute("enrolments", enrolments.ofMyOrganisation());
        model.addAttribute("plans", plans.all().stream().filter(p -> p.active()).toList());
        return "mutualaid/enrolments/list";
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return Downloads.xlsx(fileName, body);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
