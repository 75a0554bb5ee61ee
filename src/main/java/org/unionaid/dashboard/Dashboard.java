package org.unionaid.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.Leads;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.PaidInMonth;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.ProgrammeBudgetUse;
import org.unionaid.programmes.Programmes;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.Money;

/**
 * The dashboard of the caller's branch subtree, gathered from the other modules' facades in one read-only
 * transaction. Leads and hardship files for caseworkers, admins and auditors; claims for claims reviewers,
 * admins and auditors; money paid for all of these; budget use for caseworkers, admins and auditors.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Dashboard.VIEWERS)
public class Dashboard {

    static final String VIEWERS = "hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR', 'CLAIMS_REVIEWER')";
    /** How many months (the current one included) the money paid covers. */
    public static final int MONTHS = 12;

    private static final Set<Role> HARDSHIP = Set.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> CLAIMS = Set.of(Role.CLAIMS_REVIEWER, Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> MONEY = Set.of(Role.CASEWORKER, Role.CLAIMS_REVIEWER, Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> BUDGET = Set.of(Role.CASEWORKER, Role.ADMIN, Role.AUDITOR);

    private final Leads leads;
    private final HardshipFiles files;
    private final ClaimQueries claimQueries;
    private final PayoutQueries payoutQueries;
    private final Funding funding;
    private final Programmes programmes;
    private final Clock clock;

    Dashboard(Leads leads, HardshipFiles files, ClaimQueries claimQueries, PayoutQueries payoutQueries,
              Funding funding, Programmes programmes, Clock clock) {
        this.leads = leads;
        this.files = files;
        this.claimQueries = claimQueries;
        this.payoutQueries = payoutQueries;
        this.funding = funding;
        this.programmes = programmes;
        this.clock = clock;
    }

    public DashboardView forCurrentUser() {
        Actor actor = Actors.required();
        return new DashboardView(
                mayAny(actor, HARDSHIP) ? leads.openCountByState() : null,
                mayAny(actor, HARDSHIP) ? files.activeCountByCategory() : null,
                mayAny(actor, CLAIMS) ? claimQueries.countByState() : null,
                mayAny(actor, MONEY) ? paid() : null,
                mayAny(actor, BUDGET) ? budgets() : null);
    }

    private static boolean mayAny(Actor actor, Set<Role> roles) {
        return roles.stream().anyMatch(actor::has);
    }

    private DashboardView.Paid paid() {
        // months are months in the application's zone (the Clock's), like the payouts' dates
        YearMonth current = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        LocalDate from = months.get(0).atDay(1);
        LocalDate to = current.plusMonths(1).atDay(1);
        List<PaidInMonth> figures = payoutQueries.paidByProgrammeAndMonth(from, to);
        Set<Long> ids = new HashSet<>();
        figures.forEach(f -> {
            if (f.programmeId() != null) {
                ids.add(f.programmeId());
            }
        });
        Map<Long, String> names = programmes.namesOf(ids);

        List<DashboardView.PaidRow> rows = new ArrayList<>();
        Map<SeriesKey, BigDecimal[]> series = new LinkedHashMap<>();
        BigDecimal total = Money.ZERO;
        for (PaidInMonth f : figures) {
            String name = f.programmeId() == null ? null : names.getOrDefault(f.programmeId(), "#" + f.programmeId());
            rows.add(new DashboardView.PaidRow(f.month(), name, f.sourceType(), f.payouts(), f.amount()));
            BigDecimal[] amounts = series.computeIfAbsent(new SeriesKey(name, f.sourceType()), k -> zeros(months.size()));
            int index = months.indexOf(f.month());
            amounts[index] = amounts[index].add(f.amount());
            total = total.add(f.amount());
        }
        List<DashboardView.PaidSeries> lines = new ArrayList<>();
        series.entrySet().stream()
                .sorted((a, b) -> Objects.toString(a.getKey().name(), "\uFFFF" + a.getKey().sourceType())
                        .compareTo(Objects.toString(b.getKey().name(), "\uFFFF" + b.getKey().sourceType())))
                .forEach(e -> lines.add(new DashboardView.PaidSeries(e.getKey().name(), e.getKey().sourceType(),
                        List.of(e.getValue()), List.of(e.getValue()).stream().reduce(Money.ZERO,
                        BigDecimal::add))));
        return new DashboardView.Paid(months, rows, lines, total);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, Money.ZERO);
        return a;
    }

    private List<DashboardView.Budget> budgets() {
        List<ProgrammeBudgetUse> uses = funding.useByProgramme();
        Set<Long> ids = new HashSet<>();
        uses.forEach(u -> ids.add(u.programmeId()));
        Map<Long, String> names = programmes.namesOf(ids);
        List<DashboardView.Budget> result = new ArrayList<>();
        for (ProgrammeBudgetUse u : uses) {
            var use = u.use();
            int percent = use.allocated().signum() == 0 ? 0 : use.committed().add(use.paid())
                    .multiply(BigDecimal.valueOf(100)).divide(use.allocated(), 0, RoundingMode.HALF_UP).intValue();
            result.add(new DashboardView.Budget(names.getOrDefault(u.programmeId(), "#" + u.programmeId()),
                    use.allocated(), use.committed(), use.paid(), use.available(), percent));
        }
        result.sort((a, b) -> a.programmeName().compareTo(b.programmeName()));
        return result;
    }

    private record SeriesKey(@Nullable String name, PayoutSourceType sourceType) {
    }
}
