package org.unionaid.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.EmploymentStatus;
import org.unionaid.people.HealthStatus;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.Households;
import org.unionaid.people.MemberDetails;
import org.unionaid.people.People;
import org.unionaid.people.Relation;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerType;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.shared.Money;

/**
 * About 200 demo workers with households, spread over the demo branches of both cities, generated from a
 * fixed seed (valid national IDs with computed check characters), and the demo user {@code worker} linked
 * to their own record. Runs through the people facade as a caseworker of the national root, so every
 * record is validated and audited like a real one. Skipped when the first demo worker already exists.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoPeople implements ApplicationRunner {

    /** The demo user {@code worker} (王秀兰) has this ID. */
    static final String DEMO_WORKER_ID = withCheck("61011319850312002");
    static final int COUNT = 200;
    private static final int CHUNK = 25;

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private static final Map<String, String> REGION_OF_BRANCH = Map.of(
            DemoBranches.GRASSROOTS_YANTA_LOGISTICS, "610113",
            DemoBranches.GRASSROOTS_YANTA_COURIERS, "610113",
            DemoBranches.DISTRICT_YANTA, "610113",
            DemoBranches.DISTRICT_BEILIN, "610103",
            DemoBranches.DISTRICT_WEIBIN, "610302",
            DemoBranches.GRASSROOTS_WEIBIN_STEEL, "610302");
    private static final List<String> BRANCHES = List.of(DemoBranches.GRASSROOTS_YANTA_LOGISTICS,
            DemoBranches.GRASSROOTS_YANTA_COURIERS, DemoBranches.DISTRICT_YANTA, DemoBranches.DISTRICT_BEILIN,
            DemoBranches.DISTRICT_WEIBIN, DemoBranches.GRASSROOTS_WEIBIN_STEEL);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "董", "程", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "丽", "红", "玉兰", "建国", "海燕",
            "志强", "晓东", "春梅", "文", "斌", "鹏", "婷", "辉", "雪", "浩", "宇", "欣", "佳"};
    private static final String[] EMPLOYERS = {"雁塔物流有限公司", "顺达快递雁塔分部", "美团外卖骑手站点", "渭滨钢铁厂",
            "碑林区家政服务中心", "宝鸡机床厂", "西安城建集团", "曲江环卫服务公司", "渭滨区建筑公司", "饿了么配送站"};
    private static final String[] STREETS = {"小寨东路", "长安南路", "含光路", "电子正街", "雁塔北路", "经二路",
            "渭滨路", "清姜路", "南关街", "建国路"};

    private final People people;
    private final Households households;
    private final Branches branches;
    private final Users users;
    private final TransactionTemplate tx;
    private final Environment environment;
    private final Clock clock;

    DemoPeople(People people, Households households, Branches branches, Users users, TransactionTemplate tx,
               Environment environment, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.households = households;
        this.branches = branches;
        this.users = users;
        this.tx = tx;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        BranchView root = branches.findByCode(DemoBranches.NATIONAL);
        if (root == null) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DemoActor(root.id()), null, List.of(new SimpleGrantedAuthority(Role.CASEWORKER.authority()))));
        try {
            if (Boolean.TRUE.equals(tx.execute(status -> people.isRegistered(DEMO_WORKER_ID)))) {
                return;
            }
            long started = System.nanoTime();
            seed();
            log.info("Loaded {} demo workers in {} ms", COUNT + 1, (System.nanoTime() - started) / 1_000_000);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /**
     * Small transactions (a chunk of workers each) keep the persistence context small, so each flush
     * stays cheap; the demo user's own record comes last and marks the seeding as complete.
     */
    private void seed() {
        Map<String, Long> branchIds = new java.util.HashMap<>();
        for (String code : BRANCHES) {
            BranchView branch = branches.findByCode(code);
            if (branch == null) {
                throw new IllegalStateException("demo branch missing: " + code);
            }
            branchIds.put(code, branch.id());
        }
        Random random = new Random(20261123L);
        Set<String> ids = new HashSet<>(Set.of(DEMO_WORKER_ID));
        List<Runnable> chunk = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            chunk.add(generateWorker(random, i, ids, branchIds));
            if (chunk.size() == CHUNK || i == COUNT - 1) {
                List<Runnable> work = List.copyOf(chunk);
                tx.executeWithoutResult(status -> work.forEach(Runnable::run));
                chunk.clear();
            }
        }
        tx.executeWithoutResult(status -> seedDemoWorker(branchIds));
    }

    private void seedDemoWorker(Map<String, Long> branchIds) {
        long wang = people.register(new WorkerDetails(DEMO_WORKER_ID, "王秀兰", "13891234567", "西安市雁塔区小寨东路12号",
                "雁塔物流有限公司", branchIds.get(DemoBranches.GRASSROOTS_YANTA_LOGISTICS), LocalDate.of(2015, 5, 1),
                EmploymentType.CONTRACT, 96, "6222020200112233445", WorkerType.URBAN)).id();
        households.updateHousehold(wang, new HouseholdDetails("西安市雁塔区小寨东路12号", new BigDecimal("38400.00"),
                new BigDecimal("12000.00")));
        households.addMember(wang, new MemberDetails("李建军", Relation.SPOUSE, null, LocalDate.of(1983, 8, 20), null,
                HealthStatus.SERIOUS_ILLNESS, null, null, EmploymentStatus.UNABLE_TO_WORK, BigDecimal.ZERO));
        households.addMember(wang, new MemberDetails("李小雨", Relation.CHILD, null, LocalDate.of(2010, 9, 1), null,
                HealthStatus.HEALTHY, null, SchoolStage.SENIOR_HIGH, EmploymentStatus.STUDENT, BigDecimal.ZERO));
        users.linkWorker("worker", wang);
    }

    /** Draws one worker from the seeded random numbers; what it returns registers them unless already there. */
    private Runnable generateWorker(Random random, int i, Set<String> ids, Map<String, Long> branchIds) {
        String branchCode = BRANCHES.get(i % BRANCHES.size());
        boolean male = random.nextBoolean();
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 35));
        String id;
        do {
            id = nationalId(REGION_OF_BRANCH.get(branchCode), birth, random.nextInt(500) * 2 + (male ? 1 : 0));
        } while (!ids.add(id));
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String name = surname + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextInt(3) == 0 ? GIVEN[random.nextInt(GIVEN.length)] : "");
        EmploymentType form = EmploymentType.values()[random.nextInt(EmploymentType.values().length)];
        String city = branchCode.startsWith("SN-XA") ? "西安市" : "宝鸡市";
        String address = city + STREETS[random.nextInt(STREETS.length)] + (random.nextInt(200) + 1) + "号";
        WorkerDetails details = new WorkerDetails(id, name, phone(random), address,
                EMPLOYERS[random.nextInt(EMPLOYERS.length)], branchIds.get(branchCode),
                random.nextInt(4) == 0 ? null : LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1),
                form, random.nextInt(180), random.nextInt(3) == 0 ? null : bankAccount(random),
                random.nextInt(3) == 0 ? WorkerType.MIGRANT : WorkerType.URBAN);
        HouseholdPlan household = random.nextInt(10) < 7 ? householdPlan(random, surname, birth, address, LocalDate.now(clock)) : null;
        return () -> {
            if (people.isRegistered(details.nationalId())) {
                return;
            }
            long workerId = people.register(details).id();
            if (details.bankAccount() != null) {
                people.updatePayoutAccount(workerId, new org.unionaid.people.PayoutAccount(
                        BANKS[Math.floorMod(details.name().hashCode(), BANKS.length)], details.name(),
                        details.bankAccount()));
            }
            if (household != null) {
                households.updateHousehold(workerId, household.details());
                household.members().forEach(member -> households.addMember(workerId, member));
            }
        };
    }

    private record HouseholdPlan(HouseholdDetails details, List<MemberDetails> members) {
    }

    private static HouseholdPlan householdPlan(Random random, String surname, LocalDate workerBirth, String address,
                                               LocalDate today) {
        HouseholdDetails details = new HouseholdDetails(address,
                Money.exact(BigDecimal.valueOf(18_000 + random.nextInt(100_000))),
                Money.exact(BigDecimal.valueOf(random.nextInt(30_000))));
        List<MemberDetails> result = new ArrayList<>();
        int members = random.nextInt(4);
        for (int m = 0; m < members; m++) {
            Relation relation = m == 0 ? Relation.SPOUSE : (m == 3 ? Relation.PARENT : Relation.CHILD);
            LocalDate birth = switch (relation) {
                case SPOUSE -> workerBirth.plusDays(random.nextInt(2000) - 1000);
                case PARENT -> workerBirth.minusYears(22 + random.nextInt(10));
                default -> workerBirth.plusYears(22 + random.nextInt(12)).plusDays(random.nextInt(365));
            };
            if (birth.isAfter(today)) {
                birth = today.minusYears(1);
            }
            int age = java.time.Period.between(birth, today).getYears();
            SchoolStage stage = relation == Relation.CHILD ? stageFor(age) : null;
            HealthStatus health = random.nextInt(6) == 0 ? HealthStatus.CHRONIC_ILLNESS
                    : random.nextInt(12) == 0 ? HealthStatus.SERIOUS_ILLNESS : HealthStatus.HEALTHY;
            EmploymentStatus employment = stage != null ? EmploymentStatus.STUDENT
                    : relation == Relation.PARENT ? EmploymentStatus.RETIRED
                    : EmploymentStatus.values()[random.nextInt(3)];
            BigDecimal income = employment == EmploymentStatus.EMPLOYED || employment == EmploymentStatus.FLEXIBLE
                    ? Money.exact(BigDecimal.valueOf(1500 + random.nextInt(4000))) : Money.ZERO;
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String memberName = (relation == Relation.SPOUSE ? SURNAMES[random.nextInt(SURNAMES.length)] : surname) + given;
            result.add(new MemberDetails(memberName, relation, null, birth, null, health, null, stage,
                    employment, income));
        }
        return new HouseholdPlan(details, result);
    }

    private static @Nullable SchoolStage stageFor(int age) {
        if (age < 3) {
            return null;
        }
        if (age < 6) {
            return SchoolStage.PRESCHOOL;
        }
        if (age < 12) {
            return SchoolStage.PRIMARY;
        }
        if (age < 15) {
            return SchoolStage.JUNIOR_HIGH;
        }
        if (age < 18) {
            return SchoolStage.SENIOR_HIGH;
        }
        return age < 23 ? SchoolStage.UNIVERSITY : null;
    }

    private static String phone(Random random) {
        String[] prefixes = {"133", "138", "139", "150", "153", "177", "180", "186", "189", "199"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A 19-digit UnionPay card number (622202…) with a valid Luhn check digit. */
    static String bankAccount(Random random) {
        StringBuilder account = new StringBuilder("622202");
        for (int i = 0; i < 12; i++) {
            account.append(random.nextInt(10));
        }
        for (int check = 0; check <= 9; check++) {
            if (org.unionaid.people.PayoutAccountRules.luhn(account.toString() + check)) {
                return account.append(check).toString();
            }
        }
        throw new IllegalStateException("no check digit");
    }

    static final String[] BANKS = {"中国工商银行西安雁塔支行", "中国建设银行西安分行", "中国农业银行宝鸡分行",
            "西安银行高新支行", "中国邮政储蓄银行宝鸡渭滨支行"};

    /** An 18-character ID: region, birth date, a 3-digit sequence (odd for men) and its check character. */
    static String nationalId(String region, LocalDate birth, int sequence) {
        return withCheck(region + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence % 1000));
    }

    static String withCheck(String first17) {
        return first17 + NationalId.checkCharacter(first17);
    }

    /** The seeding runs as a caseworker of the national root, shown as "demo-data" in the audit trail. */
    private record DemoActor(long branchId) implements Actor {

        @Override
        public long id() {
            return 0;
        }

        @Override
        public String username() {
            return "demo-data";
        }

        @Override
        public @Nullable Long workerId() {
            return null;
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.CASEWORKER);
        }
    }
}
