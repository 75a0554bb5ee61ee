package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.mutualaid.domain.EnrolmentRepository;
import org.unionaid.people.People;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.NationalId;

/**
 * The checks of an {@link EnrolStaff}, one enrolment or a row of a staff list ({@link Enrolments},
 * {@link StaffLists}): name, national ID, phone, an open plan by its code, the shares (1..the plan's maximum), the
 * age at enrolment within the plan's range (birth date from the registry, or from the ID of someone not yet
 * registered), the same person not twice for a plan in a list, not enrolled already (a renewal may follow a term
 * ending within {@link Enrolments#RENEWAL_WINDOW_DAYS} days); then, for the whole file, the employer participation
 * floor of each plan. Every problem is collected with its row and column, none thrown. The enrolment terms are
 * the rule version's in force today ({@link MutualAidPlans#termsOn}).
 */
@Component
class EnrolmentChecks {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    private final EnrolmentRepository enrolments;
    private final MutualAidPlans plans;
    private final People people;
    private final WorkerDirectory workers;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EnrolmentChecks(EnrolmentRepository enrolments, MutualAidPlans plans, People people, WorkerDirectory workers,
                    JdbcTemplate jdbc, Clock clock) {
        this.enrolments = enrolments;
        this.plans = plans;
        this.people = people;
        this.workers = workers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How a check finds a registered worker, their birth date and an enrolment in the way. */
    interface Lookup {
        Optional<Long> workerId(String nationalId);

        boolean enrolled(long planId, long workerId);

        Optional<LocalDate> birthDate(long workerId);
    }

    /** One enrolment: the registry and the enrolments asked for the one person. */
    Lookup singleLookup() {
        LocalDate renewableUntil = renewableUntil();
        return new Lookup() {
            @Override
            public Optional<Long> workerId(String nationalId) {
                return people.findIdByNationalId(nationalId);
            }

            @Override
            public boolean enrolled(long planId, long workerId) {
                return enrolments.blocks(planId, workerId, renewableUntil);
            }

            @Override
            public Optional<LocalDate> birthDate(long workerId) {
                return Optional.ofNullable(workers.birthDatesOf(List.of(workerId)).get(workerId));
            }
        };
    }

    /** The workers of a list's valid national IDs, their birth dates and their enrolments, read in three queries. */
    Lookup listLookup(List<EnrolStaff> staff) {
        List<String> ids = staff.stream().map(s -> NationalId.tryParse(s.nationalId()).orElse(null))
                .filter(Objects::nonNull).map(NationalId::value).distinct().toList();
        Map<String, Long> known = ids.isEmpty() ? Map.of() : people.idsByNationalId(ids);
        Map<Long, LocalDate> births = workers.birthDatesOf(known.values());
        Set<String> pairs = new HashSet<>();
        if (!known.isEmpty()) {
            jdbc.query("""
                    select plan_id, worker_id from mutualaid_enrolment where worker_id = any(?)
                       and (status = 'SUBMITTED' or (status = 'CONFIRMED' and coverage_end > ?))""",
                    rs -> {
                        pairs.add(rs.getLong(1) + "|" + rs.getLong(2));
                    }, known.values().toArray(Long[]::new), renewableUntil());
        }
        return new Lookup() {
            @Override
            public Optional<Long> workerId(String nationalId) {
                return Optional.ofNullable(known.get(nationalId));
            }

            @Override
            public boolean enrolled(long planId, long workerId) {
                return pairs.contains(planId + "|" + workerId);
            }

            @Override
            public Optional<LocalDate> birthDate(long workerId) {
                return Optional.ofNullable(births.get(workerId));
            }
        };
    }

    private LocalDate renewableUntil() {
        return LocalDate.now(clock).plusDays(Enrolments.RENEWAL_WINDOW_DAYS);
    }

    /** The enrolment terms in force today for a plan (cached per list). */
    EnrolmentTerms terms(PlanView plan, Map<Long, EnrolmentTerms> cache) {
        return cache.computeIfAbsent(plan.id(), id -> plans.termsOn(id, LocalDate.now(clock))
                .map(RuleVersionView::terms).orElse(EnrolmentTerms.DEFAULT));
    }

    void check(EnrolStaff staff, int row, List<StaffListProblem> problems, Map<String, PlanView> planCache,
                       Set<String> seen, Lookup lookup) {
        check(staff, row, problems, planCache, seen, lookup, new HashMap<>());
    }

    void check(EnrolStaff staff, int row, List<StaffListProblem> problems, Map<String, PlanView> planCache,
               Set<String> seen, Lookup lookup, Map<Long, EnrolmentTerms> termsCache) {
        if (staff.name().isBlank()) {
            problems.add(problem(row, 0, "enrolment.name.required"));
        } else if (staff.name().strip().length() > 100) {
            problems.add(problem(row, 0, "enrolment.name.tooLong"));
        }
        NationalId id = NationalId.tryParse(staff.nationalId()).orElse(null);
        if (staff.nationalId().isBlank()) {
            problems.add(problem(row, 1, "enrolment.nationalId.required"));
        } else if (id == null) {
            problems.add(problem(row, 1, "enrolment.nationalId.invalid", staff.nationalId()));
        }
        if (staff.phone() != null && !PHONE.matcher(staff.phone()).matches()) {
            problems.add(problem(row, 2, "enrolment.phone.invalid", staff.phone()));
        }
        PlanView plan = null;
        String code = staff.planCode().strip();
        if (code.isEmpty()) {
            problems.add(problem(row, 3, "enrolment.plan.required"));
        } else {
            plan = planCache.computeIfAbsent(code, c -> plans.findByCode(c).orElse(null));
            if (plan == null) {
                planCache.remove(code);
                problems.add(problem(row, 3, "enrolment.plan.unknown", code));
            } else if (!plan.active() || plan.termEnd().isBefore(LocalDate.now(clock))) {
                problems.add(problem(row, 3, "enrolment.plan.closed", code));
                plan = null;
            }
        }
        if (plan == null) {
            return;
        }
        EnrolmentTerms terms = terms(plan, termsCache);
        if (staff.sharesOrOne() < 1 || staff.sharesOrOne() > terms.maxShares()) {
            problems.add(problem(row, 4, "enrolment.shares.invalid", String.valueOf(staff.sharesOrOne()),
                    String.valueOf(terms.maxShares())));
        }
        if (id == null) {
            return;
        }
        Optional<Long> workerId = lookup.workerId(id.value());
        LocalDate birth = workerId.flatMap(lookup::birthDate).orElse(id.birthDate());
        int age = Period.between(birth, LocalDate.now(clock)).getYears();
        if ((terms.minAge() != null && age < terms.minAge()) || (terms.maxAge() != null && age > terms.maxAge())) {
            problems.add(problem(row, 1, "enrolment.age.outside", String.valueOf(age),
                    terms.minAge() == null ? "0" : String.valueOf(terms.minAge()),
                    terms.maxAge() == null ? "∞" : String.valueOf(terms.maxAge())));
        }
        if (!seen.add(id.value() + "|" + plan.id())) {
            problems.add(problem(row, 1, "enrolment.list.twice", staff.nationalId()));
        } else if (workerId.isPresent() && lookup.enrolled(plan.id(), workerId.get())) {
            problems.add(problem(row, 1, "enrolment.duplicate", staff.nationalId()));
        }
    }

    /**
     * The employer participation floor of every plan of a (valid) list: the plan's members of the employer's
     * staff — current terms and submissions, and the list's people — against the employer's staff (the workers
     * registered in its branch, and the list's people not registered yet). A plan below its floor is a problem
     * with the figures: "12 of 80 staff = 15% < 30% required", or "12 members < 20 required".
     */
    void checkFloor(long employerBranchId, List<EnrolStaff> staff, Map<String, PlanView> planCache, Lookup lookup,
                    List<StaffListProblem> problems) {
        Map<Long, EnrolmentTerms> termsCache = new HashMap<>();
        Map<PlanView, Set<String>> perPlan = new LinkedHashMap<>();
        Set<String> unregistered = new HashSet<>();
        for (EnrolStaff s : staff) {
            PlanView plan = planCache.get(s.planCode().strip());
            NationalId id = NationalId.tryParse(s.nationalId()).orElse(null);
            if (plan == null || id == null) {
                continue;
            }
            perPlan.computeIfAbsent(plan, p -> new HashSet<>()).add(id.value());
            if (lookup.workerId(id.value()).isEmpty()) {
                unregistered.add(id.value());
            }
        }
        long staffCount = -1;
        for (Map.Entry<PlanView, Set<String>> entry : perPlan.entrySet()) {
            PlanView plan = entry.getKey();
            EnrolmentTerms terms = terms(plan, termsCache);
            if (!terms.hasFloor()) {
                continue;
            }
            if (staffCount < 0) {
                staffCount = workers.countInBranch(employerBranchId) + unregistered.size();
            }
            Set<Long> members = new HashSet<>(jdbc.queryForList("""
                    select e.worker_id from mutualaid_enrolment e
                     where e.plan_id = ? and e.employer_branch_id = ?
                       and (e.status = 'SUBMITTED' or (e.status = 'CONFIRMED' and e.coverage_end >= ?))""",
                    Long.class, plan.id(), employerBranchId, LocalDate.now(clock)));
            long newOnes = 0;
            for (String nationalId : entry.getValue()) {
                Optional<Long> known = lookup.workerId(nationalId);
                if (known.isPresent()) {
                    members.add(known.get());
                } else {
                    newOnes++;
                }
            }
            long count = members.size() + newOnes;
            BigDecimal required = terms.minParticipationPercent();
            if (required != null) {
                BigDecimal percent = staffCount == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count * 100)
                        .divide(BigDecimal.valueOf(staffCount), 0, RoundingMode.DOWN);
                boolean below = BigDecimal.valueOf(count * 100).compareTo(required.multiply(
                        BigDecimal.valueOf(staffCount))) < 0;
                if (below) {
                    problems.add(new StaffListProblem(0, "", "enrolment.floor.percent", List.of(plan.code(),
                            String.valueOf(count), String.valueOf(staffCount), percent.toPlainString(),
                            required.stripTrailingZeros().toPlainString())));
                    continue;
                }
            }
            if (terms.minParticipants() != null && count < terms.minParticipants()) {
                problems.add(new StaffListProblem(0, "", "enrolment.floor.count", List.of(plan.code(),
                        String.valueOf(count), String.valueOf(terms.minParticipants()))));
            }
        }
    }

    private static StaffListProblem problem(int row, int column, String key, String... args) {
        return new StaffListProblem(row, StaffLists.COLUMNS.get(column), key, List.of(args));
    }
}
