package org.unionaid.mutualaid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
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
import org.unionaid.shared.NationalId;

/**
 * The checks of an {@link EnrolStaff}, one enrolment or a row of a staff list ({@link Enrolments},
 * {@link StaffLists}): name, national ID, phone, an open plan by its code, the same person not twice for a plan
 * in a list, not enrolled already. Every problem is collected with its row and column, none thrown.
 */
@Component
class EnrolmentChecks {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    private final EnrolmentRepository enrolments;
    private final MutualAidPlans plans;
    private final People people;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EnrolmentChecks(EnrolmentRepository enrolments, MutualAidPlans plans, People people, JdbcTemplate jdbc,
                    Clock clock) {
        this.enrolments = enrolments;
        this.plans = plans;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How a check finds a registered worker and an existing enrolment. */
    interface Lookup {
        Optional<Long> workerId(String nationalId);

        boolean enrolled(long planId, long workerId);
    }

    /** One enrolment: the registry and the enrolments asked for the one person. */
    Lookup singleLookup() {
        return new Lookup() {
            @Override
            public Optional<Long> workerId(String nationalId) {
                return people.findIdByNationalId(nationalId);
            }

            @Override
            public boolean enrolled(long planId, long workerId) {
                return enrolments.existsByPlanIdAndWorkerId(planId, workerId);
            }
        };
    }

    /** The workers of a list's valid national IDs and their enrolments, read in two queries. */
    Lookup listLookup(List<EnrolStaff> staff) {
        List<String> ids = staff.stream().map(s -> NationalId.tryParse(s.nationalId()).orElse(null))
                .filter(Objects::nonNull).map(NationalId::value).distinct().toList();
        Map<String, Long> known = ids.isEmpty() ? Map.of() : people.idsByNationalId(ids);
        Set<String> pairs = new HashSet<>();
        if (!known.isEmpty()) {
            jdbc.query("select plan_id, worker_id from mutualaid_enrolment where worker_id = any(?)",
                    rs -> {
                        pairs.add(rs.getLong(1) + "|" + rs.getLong(2));
                    }, (Object) known.values().toArray(Long[]::new));
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
        };
    }

    void check(EnrolStaff staff, int row, List<StaffListProblem> problems, Map<String, PlanView> planCache,
                       Set<String> seen, Lookup lookup) {
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
        if (id != null && plan != null) {
            if (!seen.add(id.value() + "|" + plan.id())) {
                problems.add(problem(row, 1, "enrolment.list.twice", staff.nationalId()));
            } else {
                Optional<Long> workerId = lookup.workerId(id.value());
                if (workerId.isPresent() && lookup.enrolled(plan.id(), workerId.get())) {
                    problems.add(problem(row, 1, "enrolment.duplicate", staff.nationalId()));
                }
            }
        }
    }

    private static StaffListProblem problem(int row, int column, String key, String... args) {
        return new StaffListProblem(row, StaffLists.COLUMNS.get(column), key, List.of(args));
    }
}
