package org.unionaid.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.dashboard.Dashboard;
import org.unionaid.dashboard.DashboardView;
import org.unionaid.shared.excel.Spreadsheets;
import tools.jackson.databind.json.JsonMapper;
import org.unionaid.shared.web.Downloads;

/**
 * The dashboard page (tables and Chart.js charts, whose data travel as JSON in data attributes because the
 * content security policy forbids inline scripts) and its Excel export, one sheet per table.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')")
class DashboardController {

    private static final String[] PALETTE = {"#dc3545", "#0d6efd", "#198754", "#fd7e14", "#6f42c1", "#20c997",
            "#6c757d", "#d63384", "#ffc107", "#0dcaf0"};

    private final Dashboard dashboard;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardController(Dashboard dashboard, MessageSource messages, JsonMapper json) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String page(Model model, Locale locale) {
        DashboardView view = dashboard.forCurrentUser();
        model.addAttribute("dashboard", view);
        if (view.openLeads() != null) {
            model.addAttribute("leadsChart", countChart("bar", view.openLeads(), "LeadState.", "dashboard.leads.count",
                    locale));
        }
        if (view.activeFiles() != null) {
            model.addAttribute("filesChart", countChart("doughnut", view.activeFiles(), "HardshipCategory.",
                    "dashboard.files.count", locale));
        }
        if (view.claims() != null) {
            model.addAttribute("claimsChart", countChart("bar", view.claims(), "ClaimState.", "dashboard.claims.count",
                    locale));
        }
        if (view.paid() != null) {
            model.addAttribute("paidChart", paidChart(view.paid(), locale));
        }
        if (view.budgets() != null) {
            model.addAttribute("budgetChart", budgetChart(view.budgets(), locale));
        }
        return "dashboard/page";
    }

    @GetMapping("/dashboard.xlsx")
    ResponseEntity<byte[]> export(Locale locale) {
        DashboardView view = dashboard.forCurrentUser();
        List<Spreadsheets.SheetData> sheets = new ArrayList<>();
        if (view.openLeads() != null) {
            sheets.add(countSheet("dashboard.leads.title", "dashboard.leads.state", "dashboard.leads.count",
                    view.openLeads(), "LeadState.", locale));
        }
        if (view.activeFiles() != null) {
            sheets.add(countSheet("dashboard.files.title", "dashboard.files.category", "dashboard.files.count",
                    view.activeFiles(), "HardshipCategory.", locale));
        }
        if (view.claims() != null) {
            sheets.add(countSheet("dashboard.claims.title", "dashboard.claims.state", "dashboard.claims.count",
                    view.claims(), "ClaimState.", locale));
        }
        if (view.paid() != null) {
            List<List<Object>> rows = new ArrayList<>();
            view.paid().rows().forEach(r -> rows.add(List.of(r.month().toString(),
                    label(r.programmeName(), r.sourceType().name(), locale), r.payouts(), r.amount())));
            sheets.add(new Spreadsheets.SheetData(msg("dashboard.paid.title", locale), List.of(
                    msg("dashboard.paid.month", locale), msg("dashboard.paid.programme", locale),
                    msg("dashboard.paid.payouts", locale), msg("dashboard.paid.amount", locale)), rows));
        }
        if (view.budgets() != null) {
            List<List<Object>> rows = new ArrayList<>();
            view.budgets().forEach(b -> rows.add(List.of(b.programmeName(), b.allocated(), b.committed(), b.paid(),
                    b.available(), b.usedPercent())));
            sheets.add(new Spreadsheets.SheetData(msg("dashboard.budget.title", locale), List.of(
                    msg("dashboard.budget.programme", locale), msg("dashboard.budget.allocated", locale),
                    msg("dashboard.budget.committed", locale), msg("dashboard.budget.paid", locale),
                    msg("dashboard.budget.available", locale), msg("dashboard.budget.usedPercent", locale)), rows));
        }
        return Downloads.xlsx("dashboard.xlsx", Spreadsheets.write(sheets));
    }

    private Spreadsheets.SheetData countSheet(String title, String keyHeader, String countHeader,
                                              Map<? extends Enum<?>, Long> counts, String prefix, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(List.of(msg(prefix + k.name(), locale), n)));
        return new Spreadsheets.SheetData(msg(title, locale), List.of(msg(keyHeader, locale), msg(countHeader, locale)),
                rows);
    }

    private String countChart(String type, Map<? extends Enum<?>, Long> counts, String prefix, String seriesKey,
                              Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        counts.forEach((k, n) -> {
            labels.add(msg(prefix + k.name(), locale));
            values.add(n);
            colours.add(PALETTE[colours.size() % PALETTE.length]);
        });
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", msg(seriesKey, locale));
        dataset.put("data", values);
        dataset.put("backgroundColor", "bar".equals(type) ? PALETTE[0] : colours);
        return chart(type, labels, List.of(dataset), false, true);
    }

    private String paidChart(DashboardView.Paid paid, Locale locale) {
        List<String> labels = paid.months().stream().map(Object::toString).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (DashboardView.PaidSeries s : paid.series()) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", label(s.programmeName(), s.sourceType().name(), locale));
            dataset.put("data", s.amounts());
            dataset.put("backgroundColor", PALETTE[datasets.size() % PALETTE.length]);
            datasets.add(dataset);
        }
        return chart("bar", labels, datasets, true, false);
    }

    private String budgetChart(List<DashboardView.Budget> budgets, Locale locale) {
        List<String> labels = budgets.stream().map(DashboardView.Budget::programmeName).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        datasets.add(series(msg("dashboard.budget.paid", locale), budgets.stream()
                .map(DashboardView.Budget::paid).toList(), PALETTE[0]));
        datasets.add(series(msg("dashboard.budget.committed", locale), budgets.stream()
                .map(DashboardView.Budget::committed).toList(), PALETTE[3]));
        datasets.add(series(msg("dashboard.budget.available", locale), budgets.stream()
                .map(DashboardView.Budget::available).toList(), PALETTE[6]));
        return chart("bar", labels, datasets, true, false);
    }

    private static Map<String, Object> series(String label, List<BigDecimal> data, String colour) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        dataset.put("backgroundColor", colour);
        return dataset;
    }

    private String chart(String type, List<String> labels, List<Map<String, Object>> datasets, boolean stacked,
                         boolean counts) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("labels", labels);
        chart.put("datasets", datasets);
        chart.put("stacked", stacked);
        chart.put("counts", counts);
        return json.writeValueAsString(chart);
    }

    private String label(@Nullable String programmeName, String sourceType, Locale locale) {
        return programmeName != null ? programmeName : msg("dashboard.paid.origin." + sourceType, locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
