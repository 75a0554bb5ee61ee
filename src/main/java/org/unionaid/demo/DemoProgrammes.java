package org.unionaid.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.unionaid.shared.security.RunAs;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.FundingSourceKind;
import org.unionaid.payouts.PledgeFunding;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.SchoolStage;
import org.unionaid.programmes.BenefitKind;
import org.unionaid.programmes.BenefitTier;
import org.unionaid.programmes.EligibilityRule;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeQuestion;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.programmes.RuleType;
import org.unionaid.programmes.TierHousehold;
import org.unionaid.programmes.WhoMayApply;
import org.unionaid.shared.time.Times;

/**
 * The seed programmes (docs/design.md §5, the reported cases quoted there) with their funding (union budget lines and the demo
 * partner foundations); their applications in every state, some with payouts proposed, approved, rejected or
 * paid, come from {@link DemoApplications}. Runs through the facades as the demo admins and caseworkers;
 * skipped when the first seed programme exists.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoProgrammes implements ApplicationRunner {

    static final String STUDENT_AID = "2026年金秋助学";
    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);
    private static final String FUNDED_ELSEWHERE = "是否已获得其他助学资助(如政府助学金、社会捐助)?";
    private static final String LIVING_ALONE = "是否独居?";

    private final Programmes programmes;
    private final Funding funding;
    private final Branches branches;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Times times;
    private final DemoApplications demoApplications;

    DemoProgrammes(Programmes programmes, Funding funding, Branches branches, UserDetailsService users,
                   JdbcTemplate jdbc, Times times, DemoApplications demoApplications) {
        this.programmes = programmes;
        this.funding = funding;
        this.branches = branches;
        this.users = users;
        this.jdbc = jdbc;
        this.times = times;
        this.demoApplications = demoApplications;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from programme where name = ?", Integer.class,
                STUDENT_AID);
        if (existing != null && existing > 0) {
            return;
        }
        LocalDate today = times.today();
        int year = today.getYear();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        long province = branch(DemoBranches.PROVINCE);
        long xian = branch(DemoBranches.CITY_XIAN);
        long baoji = branch(DemoBranches.CITY_BAOJI);
        long partner = userId("partner");
        long partner2 = userId("partner2");

        // 000: Shaanxi student aid, tiers by school stage and filed household (33 students, 115,000 yuan)
        ProgrammeView studentAid = as("admin2", () -> programmes.create(new ProgrammeDetails(STUDENT_AID,
                ProgrammeKind.STUDENT_AID, province, "困难职工家庭子女金秋助学:建档家庭大学5000元、高中3000元,其他家庭4000元、2000元。"
                + "须提交录取通知书或在读证明、收费清单、收入证明;已获其他助学资助的不再资助。", yearStart, yearEnd,
                today.minusDays(20), today.plusDays(60), WhoMayApply.BOTH, BenefitKind.CASH, false, null, null, null,
                null, 1, List.of(EligibilityRule.list(RuleType.SCHOOL_STAGE, SchoolStage.UNIVERSITY,
                SchoolStage.SENIOR_HIGH)), List.of(new ProgrammeQuestion(FUNDED_ELSEWHERE, false)), List.of(
                tier(TierHousehold.FILED, SchoolStage.UNIVERSITY, "5000"),
                tier(TierHousehold.FILED, SchoolStage.SENIOR_HIGH, "3000"),
                tier(TierHousehold.NOT_FILED, SchoolStage.UNIVERSITY, "4000"),
                tier(TierHousehold.NOT_FILED, SchoolStage.SENIOR_HIGH, "2000")))));
        pledge("admin2", studentAid.id(), province, FundingSourceKind.UNION_BUDGET, "省总工会帮扶资金", null, "115000");

        // 004: Hangzhou-style tuition aid, co-funded by a foundation at not less than the union's share
        ProgrammeView tuition = as("admin", () -> programmes.create(new ProgrammeDetails("职工学历提升学费资助(杭州模式)",
                ProgrammeKind.EMPLOYMENT_SUBSIDY, xian, "在本地签订劳动合同、工会会员、缴纳社保满6个月、18至45周岁的职工,"
                + "取得学历后定额资助学费7000元,由工会与春雨基金会共同出资。", yearStart, yearEnd, today.minusDays(30),
                today.plusDays(90), WhoMayApply.BOTH, BenefitKind.CASH, false, new BigDecimal("7000"), null, null,
                null, 1, List.of(EligibilityRule.of(RuleType.LOCAL_LABOUR_CONTRACT),
                EligibilityRule.of(RuleType.UNION_MEMBER),
                EligibilityRule.range(RuleType.SOCIAL_INSURANCE_MONTHS, 6, null),
                EligibilityRule.range(RuleType.AGE_RANGE, 18, 45)), List.of(), List.of())));
        pledge("admin", tuition.id(), xian, FundingSourceKind.UNION_BUDGET, "西安市总工会职工教育经费", null, "35000");
        pledge("admin", tuition.id(), xian, FundingSourceKind.PARTNER, "春雨基金会", partner, "35000");

        // 000: holiday relief in kind, a 500-yuan package of rice, flour and oil for 209 households
        ProgrammeView holiday = as("admin", () -> programmes.create(new ProgrammeDetails(year + "年送温暖米面油慰问",
                ProgrammeKind.HOLIDAY_RELIEF, xian, "元旦春节送温暖:每户一份价值500元的米面油礼包,由工作人员走访确定。",
                yearStart, yearEnd, today.minusDays(10), today.plusDays(50), WhoMayApply.NOMINATION,
                BenefitKind.IN_KIND, false, null, "米面油礼包", new BigDecimal("500"), 209, 1, List.of(), List.of(),
                List.of())));
        pledge("admin", holiday.id(), xian, FundingSourceKind.UNION_BUDGET, "送温暖专项资金", null, "104500");

        // 000: Shanghai-style flexible-worker membership budget, 420 yuan per member and year, none in cash
        ProgrammeView flexible = as("admin", () -> programmes.create(new ProgrammeDetails("灵活就业会员服务项目(上海模式)",
                ProgrammeKind.OTHER, xian, "灵活就业和新就业形态会员每人每年420元,用于交通卡、提货凭证等服务,不发放现金。",
                yearStart, yearEnd, today.minusDays(60), today.plusDays(200), WhoMayApply.BOTH, BenefitKind.IN_KIND,
                true, null, "会员服务包(交通卡、提货凭证)", new BigDecimal("420"), null, 1,
                List.of(EligibilityRule.list(RuleType.EMPLOYMENT_FORM, EmploymentType.FLEXIBLE, EmploymentType.NEW_FORM),
                        EligibilityRule.of(RuleType.UNION_MEMBER)), List.of(), List.of())));
        pledge("admin", flexible.id(), xian, FundingSourceKind.UNION_BUDGET, "灵活就业会员项目经费", null, "42000");

        // 003: Chongqing-style care for model workers aged 60 and over who live alone
        ProgrammeView modelWorkers = as("admin2", () -> programmes.create(new ProgrammeDetails("高龄劳模关爱(重庆模式)",
                ProgrammeKind.MODEL_WORKER_CARE, baoji, "60岁以上独居或生活困难的劳模,配备生活辅助设施,每人2000元。",
                yearStart, yearEnd, today.minusDays(15), today.plusDays(120), WhoMayApply.NOMINATION,
                BenefitKind.CASH, false, new BigDecimal("2000"), null, null, null, 1,
                List.of(EligibilityRule.range(RuleType.AGE_RANGE, 60, null)),
                List.of(new ProgrammeQuestion(LIVING_ALONE, true)), List.of())));
        pledge("admin2", modelWorkers.id(), baoji, FundingSourceKind.UNION_BUDGET, "宝鸡市总工会劳模关爱资金", null,
                "20000");
        pledge("admin2", modelWorkers.id(), baoji, FundingSourceKind.PARTNER, "宝鸡慈善会", partner2, "10000");

        int created = demoApplications.studentAid(studentAid) + demoApplications.tuition(tuition)
                + demoApplications.holiday(holiday) + demoApplications.flexible(flexible)
                + demoApplications.modelWorkers(modelWorkers);
        log.info("Loaded 5 demo programmes with {} applications", created);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static BenefitTier tier(TierHousehold household, SchoolStage stage, String amount) {
        return new BenefitTier(household, stage, new BigDecimal(amount));
    }

    private void pledge(String admin, long programmeId, long branchId, FundingSourceKind kind, String name,
                        @Nullable Long partnerUserId, String amount) {
        as(admin, () -> funding.pledge(new PledgeFunding(programmeId, branchId, kind, name, partnerUserId,
                new BigDecimal(amount))));
    }

    private long branch(String code) {
        BranchView branch = branches.findByCode(code);
        if (branch == null) {
            throw new IllegalStateException("demo branch missing: " + code);
        }
        return branch.id();
    }

    private long userId(String username) {
        Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        return id == null ? 0 : id;
    }

    private <T> T as(String username, Supplier<T> action) {
        return RunAs.as(users, username, action);
    }
}
