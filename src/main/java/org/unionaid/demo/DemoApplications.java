package org.unionaid.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.unionaid.shared.security.RunAs;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.Payouts;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.HouseholdMemberView;
import org.unionaid.people.People;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerSummary;
import org.unionaid.people.WorkerType;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.Apply;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Role;
import org.unionaid.shared.time.Times;

/**
 * The applications of the seed programmes ({@link DemoProgrammes}, which calls this once it has created them): in
 * every state, some with payouts proposed, approved, rejected or paid. Runs through the facades as the demo
 * caseworkers and admins, withdrawals as the worker concerned.
 */
@Component
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoApplications {

    private final Applications applications;
    private final Payouts payouts;
    private final PayoutQueries payoutQueries;
    private final People people;
    private final Branches branches;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Times times;
    private final DemoAccounts accounts;

    DemoApplications(Applications applications, Payouts payouts, PayoutQueries payoutQueries, People people, Branches branches,
                     UserDetailsService users, JdbcTemplate jdbc, DemoAccounts accounts, Times times) {
        this.applications = applications;
        this.payouts = payouts;
        this.payoutQueries = payoutQueries;
        this.people = people;
        this.branches = branches;
        this.users = users;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.times = times;
    }

    // ---- applications ------------------------------------------------------------------------------

    int studentAid(ProgrammeView programme) {
        int n = 0;
        // the demo worker 王秀兰 applied herself for her daughter (senior high, filed household: 3,000 yuan)
        WorkerView wang = as("worker", () -> people.mine().orElseThrow());
        HouseholdMemberView daughter = wang.household().members().stream().filter(m -> m.schoolStage() != null)
                .findFirst().orElse(null);
        if (daughter != null) {
            ApplicationView mine = as("worker", () -> applications.apply(new Apply(programme.id(), null,
                    daughter.id(), answers(false), "女儿就读高中,丈夫重病无法工作。", List.of())));
            recommendApproveAndPropose(mine.id(), "材料齐全,符合建档家庭高中档次", "admin");
            n++;
        }
        List<Candidate> students = candidates("caseworker", w -> true, true, 8);
        String[] targets = {"SUBMITTED", "MORE_INFO", "RECOMMENDED", "APPROVED", "PAYOUT_APPROVED", "REJECTED",
            "WITHDRAWN", "PAYOUT_REJECTED"};
        for (int i = 0; i < students.size() && i < targets.length; i++) {
            Candidate c = students.get(i);
            String target = targets[i];
            boolean fundedElsewhere = target.equals("REJECTED");
            ApplicationView application = as("caseworker", () -> applications.nominate(new Apply(programme.id(),
                    c.worker().id(), c.member(), answers(fundedElsewhere), "走访发现子女在读,家庭困难。", List.of())));
            move(application.id(), target, c.worker().id());
            n++;
        }
        return n;
    }

    int tuition(ProgrammeView programme) {
        int n = 0;
        List<Candidate> young = candidates("caseworker", w -> age(w) <= 45 && w.employmentForm() == EmploymentType.CONTRACT
                && w.unionMemberSince() != null && w.socialInsuranceMonths() >= 6, false, 3);
        String[] targets = {"APPROVED", "RECOMMENDED", "SUBMITTED"};
        for (int i = 0; i < young.size(); i++) {
            Candidate c = young.get(i);
            ApplicationView application = as("caseworker", () -> applications.nominate(new Apply(programme.id(),
                    c.worker().id(), null, answers(), "参加专升本学习,已取得录取通知。", List.of())));
            move(application.id(), targets[i], c.worker().id());
            n++;
        }
        List<Candidate> older = candidates("caseworker", w -> age(w) > 45, false, 1);
        for (Candidate c : older) {
            ApplicationView application = as("caseworker", () -> applications.nominate(new Apply(programme.id(),
                    c.worker().id(), null, answers(), "", List.of())));
            as("caseworker", () -> applications.reject(application.id(), "年龄超过45周岁,不符合资助条件"));
            n++;
        }
        return n;
    }

    int holiday(ProgrammeView programme) {
        int n = 0;
        WorkerView wang = as("worker", () -> people.mine().orElseThrow());
        ApplicationView own = as("caseworker", () -> applications.nominate(new Apply(programme.id(), wang.id(), null,
                answers(), "春节前走访慰问", List.of())));
        move(own.id(), "PAID", wang.id());
        n++;
        String[] targets = {"PAID", "PAYOUT_APPROVED", "APPROVED", "SUBMITTED"};
        List<Candidate> households = candidates("caseworker", w -> true, false, targets.length + 1);
        for (int i = 0; i < households.size() && i < targets.length; i++) {
            Candidate c = households.get(i);
            ApplicationView application = as("caseworker", () -> applications.nominate(new Apply(programme.id(),
                    c.worker().id(), null, answers(), "春节前走访慰问", List.of())));
            move(application.id(), targets[i], c.worker().id());
            n++;
        }
        return n;
    }

    int flexible(ProgrammeView programme) {
        int n = 0;
        List<Candidate> flexible = candidates("caseworker", w -> w.employmentForm() != EmploymentType.CONTRACT
                && w.unionMemberSince() != null, false, 3);
        String[] targets = {"PAID", "RECOMMENDED", "SUBMITTED"};
        for (int i = 0; i < flexible.size(); i++) {
            Candidate c = flexible.get(i);
            ApplicationView application = as("caseworker", () -> applications.nominate(new Apply(programme.id(),
                    c.worker().id(), null, answers(), "外卖骑手会员", List.of())));
            move(application.id(), targets[i], c.worker().id());
            n++;
        }
        return n;
    }

    int modelWorkers(ProgrammeView programme) {
        long steel = branch(DemoBranches.GRASSROOTS_WEIBIN_STEEL);
        long first = modelWorker("周建国", LocalDate.of(1956, 3, 12), 611, steel);
        long second = modelWorker("吴秀英", LocalDate.of(1958, 10, 2), 612, steel);
        ApplicationView alone = as("caseworker2", () -> applications.nominate(new Apply(programme.id(), first, null,
                answers(true), "全国劳动模范,老伴去世后独居,行动不便。", List.of())));
        as("caseworker2", () -> applications.recommend(alone.id(), "入户核实独居,建议配备助行器和紧急呼叫设备"));
        ApplicationView notAlone = as("caseworker2", () -> applications.nominate(new Apply(programme.id(), second,
                null, answers(false), "省级劳模,与子女同住。", List.of())));
        as("caseworker2", () -> applications.requestMoreInfo(notAlone.id(), "请说明子女是否长期外出务工"));
        return 2;
    }

    /** Moves a fresh SUBMITTED application on to the target state (payout states included). */
    private void move(long id, String target, long workerId) {
        switch (target) {
            case "SUBMITTED" -> {
            }
            case "MORE_INFO" -> as("caseworker", () -> applications.requestMoreInfo(id, "请补充学校收费清单"));
            case "RECOMMENDED" -> as("caseworker", () -> applications.recommend(id, "入户核实,情况属实"));
            case "REJECTED" -> as("caseworker", () -> applications.reject(id, "已获政府助学金资助,按规定不重复资助"));
            case "WITHDRAWN" -> asWorker(workerId, () -> applications.withdraw(id));
            case "APPROVED" -> recommendApproveAndPropose(id, "同意资助", null);
            case "PAYOUT_APPROVED" -> recommendApproveAndPropose(id, "同意资助", "admin");
            case "PAYOUT_REJECTED" -> {
                PayoutView payout = payoutOf(recommendApproveAndPropose(id, "同意资助", null));
                as("admin", () -> payouts.reject(payout.id(), "收款账户信息有误,请核实后重新提议"));
            }
            case "PAID" -> {
                ApplicationView approved = recommendApproveAndPropose(id, "同意发放", "admin");
                as("caseworker", () -> payouts.markDelivered(approved.payoutId(), times.today().minusDays(2),
                        "雁塔区工会 张伟"));
            }
            default -> throw new IllegalArgumentException(target);
        }
    }

    private ApplicationView recommendApproveAndPropose(long id, String reason, @Nullable String payoutApprover) {
        as("caseworker", () -> applications.recommend(id, "入户核实,情况属实"));
        ApplicationView approved = as("caseworker", () -> applications.approve(id, reason, true));
        if (payoutApprover != null && approved.payoutId() != null) {
            accounts.ensure(approved.workerId());
            as(payoutApprover, () -> payouts.approve(approved.payoutId()));
        }
        return as("caseworker", () -> applications.get(id));
    }

    private PayoutView payoutOf(ApplicationView application) {
        return as("caseworker", () -> payoutQueries.get(application.payoutId()));
    }

    // ---- candidates ----------------------------------------------------------------------------------

    /** A worker to apply for, and (for student aid) the child at senior high or university. */
    private record Candidate(WorkerView worker, @Nullable Long member) {
    }

    private List<Candidate> candidates(String caseworker, Predicate<WorkerView> filter, boolean needsStudent,
                                       int count) {
        return as(caseworker, () -> {
            List<Candidate> result = new ArrayList<>();
            Set<Long> used = new java.util.HashSet<>(jdbc.queryForList(
                    "select distinct worker_id from programme_application", Long.class));
            int page = 0;
            while (result.size() < count) {
                List<WorkerSummary> workers = people.search(null, PageRequest.of(page++, 50)).getContent();
                if (workers.isEmpty()) {
                    break;
                }
                for (WorkerSummary summary : workers) {
                    if (result.size() >= count || used.contains(summary.id()) || summary.name().equals("王秀兰")) {
                        continue;
                    }
                    WorkerView worker = people.get(summary.id());
                    if (!filter.test(worker)) {
                        continue;
                    }
                    Long member = worker.household().members().stream()
                            .filter(m -> m.schoolStage() == SchoolStage.UNIVERSITY
                                    || m.schoolStage() == SchoolStage.SENIOR_HIGH)
                            .map(HouseholdMemberView::id).findFirst().orElse(null);
                    if (needsStudent && member == null) {
                        continue;
                    }
                    used.add(worker.id());
                    result.add(new Candidate(worker, member));
                }
            }
            return result;
        });
    }

    private long modelWorker(String name, LocalDate birth, int sequence, long branchId) {
        String nationalId = DemoPeople.nationalId("610302", birth, sequence);
        return as("caseworker2", () -> {
            if (people.isRegistered(nationalId)) {
                return people.search(name, PageRequest.of(0, 1)).getContent().get(0).id();
            }
            return people.register(new WorkerDetails(nationalId, name, "13909170000", "宝鸡市渭滨区经二路8号",
                    "渭滨钢铁厂(退休)", branchId, LocalDate.of(1978, 5, 1), EmploymentType.CONTRACT, 360, null,
                    WorkerType.URBAN)).id();
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private int age(WorkerView worker) {
        return Period.between(worker.birthDate(), times.today()).getYears();
    }

    private static List<@Nullable Boolean> answers(Boolean... values) {
        return new ArrayList<>(List.of(values));
    }

    private long branch(String code) {
        BranchView branch = branches.findByCode(code);
        if (branch == null) {
            throw new IllegalStateException("demo branch missing: " + code);
        }
        return branch.id();
    }

    private <T> T as(String username, Supplier<T> action) {
        return RunAs.as(users, username, action);
    }

    /** Runs as the worker concerned (demo workers have no accounts of their own), shown as "demo-worker". */
    private <T> T asWorker(long workerId, Supplier<T> action) {
        long branchId = as("caseworker", () -> people.get(workerId).branch().id());
        var previous = SecurityContextHolder.getContext().getAuthentication();
        DemoWorker actor = new DemoWorker(branchId, workerId);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor,
                null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        Role.WORKER.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private record DemoWorker(long branchId, Long workerId) implements Actor {

        @Override
        public long id() {
            return 0;
        }

        @Override
        public String username() {
            return "demo-worker";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.WORKER);
        }
    }
}
