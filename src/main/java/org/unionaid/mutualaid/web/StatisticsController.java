package org.unionaid.mutualaid.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.branches.Branches;
import org.unionaid.mutualaid.BenefitCalculator;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.mutualaid.MutualAidPlans;
import org.unionaid.mutualaid.MutualAidStatistics;
import org.unionaid.mutualaid.StatisticsView;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.web.Downloads;

/** Statistics per plan and branch, with a chart of claims by state and an Excel export. */
@Controller
@RequestMapping("/mutualaid/statistics")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')")
class StatisticsController {

    private final MutualAidStatistics statistics;
    private final MutualAidPlans plans;
    private final Branches branches;
    private final MessageSource messages;

    StatisticsController(MutualAidStatistics statistics, MutualAidPlans plans, Branches branches,
                         MessageSource messages) {
        this.statistics = statistics;
        this.plans = plans;
        this.branches = branches;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable Long planId,
                @RequestParam(required = false) @Nullable Long branchId,
                @RequestParam(required = false) @Nullable BigDecimal threshold, Model model, Locale locale) {
        StatisticsView stats = statistics.of(planId, branchId, threshold);
        model.addAttribute("stats", stats);
        model.addAttribute("planId", planId);
        model.addAttribute("branchId", branchId);
        model.addAttribute("plans", plans.all());
        model.addAttribute("branches", branches.subtree(Actors.required().branchId()));
        model.addAttribute("chartLabels", String.join("|", java.util.Arrays.stream(ClaimState.values())
                .map(s -> messages.getMessage("ClaimState." + s, null, locale)).toList()));
        model.addAttribute("chartValues", String.join("|", java.util.Arrays.stream(ClaimState.values())
                .map(s -> String.valueOf(stats.claimsByState().get(s))).toList()));
        return "mutualaid/stats/page";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Long planId,
                                  @RequestParam(required = false) @Nullable Long branchId,
                                  @RequestParam(required = false) @Nullable BigDecimal threshold, Locale locale) {
        StatisticsView s = statistics.of(planId, branchId, threshold);
        // typed values: counts and amounts are number cells a finance office can sum
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(msg("stats.members", locale), s.members()));
        rows.add(List.of(msg("stats.contributions", locale), s.contributions()));
        rows.add(List.of(msg("stats.claims", locale), s.claims()));
        for (ClaimState state : ClaimState.values()) {
            rows.add(List.of(msg("ClaimState." + state, locale), s.claimsByState().getOrDefault(state, 0L)));
        }
        rows.add(List.of(msg("stats.approvedTotal", locale), s.approvedTotal()));
        rows.add(List.of(msg("stats.paidTotal", locale), s.paidTotal()));
        rows.add(List.of(msg("stats.largestBenefit", locale), s.largestBenefit()));
        rows.add(List.of(messages.getMessage("stats.membersOver", new Object[] {BenefitCalculator.money(s.threshold())},
                locale), s.membersOverCapped() ? messages.getMessage("stats.membersOverCapped",
                new Object[] {s.countCap()}, locale) : s.membersOverThreshold()));
        rows.add(List.of());
        rows.add(List.of(msg("stats.top.member", locale), msg("stats.top.branch", locale),
                msg("stats.top.claims", locale), msg("stats.top.granted", locale)));
        s.topClaimants().forEach(m -> rows.add(List.of(m.workerName(), m.branchName(), m.claims(), m.granted())));
        byte[] body = Spreadsheets.write(msg("stats.title", locale), List.of(msg("stats.figure", locale),
                msg("stats.value", locale)), rows);
        return Downloads.xlsx("mutual-aid-statistics.xlsx", body);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
