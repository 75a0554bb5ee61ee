package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.Funding;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.People;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;

/** Every rule type passes and fails with its reason; questions; tiers by household and school stage. */
class EligibilityIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;

    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    UserDetailsService users;
    @Autowired
    HardshipFiles files;
    @Autowired
    Programmes programmes;
    @Autowired
    Applications applications;
    @Autowired
    Funding funding;

    TestProgrammes test;

    @BeforeEach
    void setUp() {
        test = new TestProgrammes(new TestPeople(people, users, jdbc), people, households, files, programmes, applications,
                funding, jdbc);
    }

    private ProgrammeView programmeWith(EligibilityRule rule) {
        return test.create(TestProgrammes.cash("条件", List.of(rule), List.of(), List.of(), "1000.00"));
    }

    private EligibilityOutcome check(ProgrammeView programme, long worker, @Nullable Long member,
                                     List<Boolean> answers) {
        return test.people.as("caseworker", () -> applications.preview(programme.id(), worker, member,
                new ArrayList<>(answers)));
    }

    private static RuleResult result(EligibilityOutcome outcome, String rule) {
        return outcome.results().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void hardshipCategoryPassesForAFiledHouseholdOfThatCategoryAndExplainsAMissingFile() {
        ProgrammeView programme = programmeWith(EligibilityRule.list(RuleType.HARDSHIP_CATEGORY,
                HardshipCategory.DEEP, HardshipCategory.RELATIVE));
        long filed = test.worker(40);
        test.file(filed);
        long notFiled = test.worker(40);

        RuleResult pass = result(check(programme, filed, null, List.of()), "HARDSHIP_CATEGORY");
        RuleResult fail = result(check(programme, notFiled, null, List.of()), "HARDSHIP_CATEGORY");

        assertThat(pass.passed()).isTrue();
        assertThat(pass.reasonKey()).isEqualTo("programme.rule.category.pass");
        assertThat(pass.reasonArgs()).first().isEqualTo("@HardshipCategory.DEEP");
        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonKey()).isEqualTo("programme.rule.category.noFile");
        assertThat(fail.reasonArgs()).containsExactly("@HardshipCategory.DEEP|@HardshipCategory.RELATIVE");
    }

    @Test
    void aDraftHardshipFileDoesNotYetCountAsFiled() {
        ProgrammeView programme = programmeWith(EligibilityRule.list(RuleType.HARDSHIP_CATEGORY,
                HardshipCategory.DEEP, HardshipCategory.RELATIVE));
        long drafted = test.worker(40);
        test.draftFile(drafted);

        RuleResult fail = result(check(programme, drafted, null, List.of()), "HARDSHIP_CATEGORY");

        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonKey()).isEqualTo("programme.rule.category.noFile");
    }

    @Test
    void hardshipCategoryFailsForAFileOfAnotherCategory() {
        ProgrammeView programme = programmeWith(EligibilityRule.list(RuleType.HARDSHIP_CATEGORY,
                HardshipCategory.ACCIDENT));
        long filed = test.worker(40);
        test.file(filed);

        RuleResult fail = result(check(programme, filed, null, List.of()), "HARDSHIP_CATEGORY");

        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonKey()).isEqualTo("programme.rule.category.fail");
    }

    @Test
    void ageRangeChecksBothEndsWithTheAgeInTheReason() {
        ProgrammeView programme = programmeWith(EligibilityRule.range(RuleType.AGE_RANGE, 18, 45));

        EligibilityOutcome young = check(programme, test.worker(30), null, List.of());
        EligibilityOutcome old = check(programme, test.worker(50), null, List.of());

        assertThat(result(young, "AGE_RANGE").passed()).isTrue();
        assertThat(result(young, "AGE_RANGE").reasonArgs()).containsExactly("30", "18", "45");
        assertThat(result(old, "AGE_RANGE").passed()).isFalse();
        assertThat(result(old, "AGE_RANGE").reasonKey()).isEqualTo("programme.rule.age.fail.between");
        assertThat(old.eligible()).isFalse();
    }

    @Test
    void ageWithOnlyALowerBoundIsTheSixtyPlusRule() {
        ProgrammeView programme = programmeWith(EligibilityRule.range(RuleType.AGE_RANGE, 60, null));

        assertThat(result(check(programme, test.worker(66), null, List.of()), "AGE_RANGE").reasonKey())
                .isEqualTo("programme.rule.age.pass.min");
        assertThat(result(check(programme, test.worker(59), null, List.of()), "AGE_RANGE").reasonKey())
                .isEqualTo("programme.rule.age.fail.min");
    }

    @Test
    void unionMembershipIsRequiredWhenTheRuleSaysSo() {
        ProgrammeView programme = programmeWith(EligibilityRule.of(RuleType.UNION_MEMBER));
        long member = test.worker(30, EmploymentType.CONTRACT, 12, LocalDate.of(2019, 3, 1), "SN-XA-YT");
        long nonMember = test.worker(30, EmploymentType.CONTRACT, 12, null, "SN-XA-YT");

        RuleResult pass = result(check(programme, member, null, List.of()), "UNION_MEMBER");
        RuleResult fail = result(check(programme, nonMember, null, List.of()), "UNION_MEMBER");

        assertThat(pass.passed()).isTrue();
        assertThat(pass.reasonArgs()).containsExactly("2019-03-01");
        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonKey()).isEqualTo("programme.rule.member.fail");
    }

    @Test
    void socialInsuranceNeedsTheMinimumMonths() {
        ProgrammeView programme = programmeWith(EligibilityRule.range(RuleType.SOCIAL_INSURANCE_MONTHS, 6, null));

        RuleResult pass = result(check(programme, test.worker(30, EmploymentType.CONTRACT, 6, null, "SN-XA-YT"),
                null, List.of()), "SOCIAL_INSURANCE_MONTHS");
        RuleResult fail = result(check(programme, test.worker(30, EmploymentType.CONTRACT, 5, null, "SN-XA-YT"),
                null, List.of()), "SOCIAL_INSURANCE_MONTHS");

        assertThat(pass.passed()).isTrue();
        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonArgs()).containsExactly("5", "6");
    }

    @Test
    void localLabourContractNeedsAContractAndAWorkplaceInTheProgrammesArea() {
        ProgrammeView programme = programmeWith(EligibilityRule.of(RuleType.LOCAL_LABOUR_CONTRACT));
        long local = test.worker(30);
        long flexible = test.worker(30, EmploymentType.FLEXIBLE, 12, null, "SN-XA-YT");

        RuleResult pass = result(check(programme, local, null, List.of()), "LOCAL_LABOUR_CONTRACT");
        RuleResult fail = result(check(programme, flexible, null, List.of()), "LOCAL_LABOUR_CONTRACT");

        assertThat(pass.passed()).isTrue();
        assertThat(pass.reasonKey()).isEqualTo("programme.rule.contract.pass");
        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonArgs()).containsExactly("@EmploymentType.FLEXIBLE");
    }

    @Test
    void schoolStageLooksAtTheChildTheApplicationIsFor() {
        ProgrammeView programme = programmeWith(EligibilityRule.list(RuleType.SCHOOL_STAGE, SchoolStage.UNIVERSITY,
                SchoolStage.SENIOR_HIGH));
        long parent = test.worker(45);
        long student = test.child(parent, SchoolStage.UNIVERSITY).id();
        long pupil = test.child(parent, SchoolStage.PRIMARY).id();

        assertThat(result(check(programme, parent, student, List.of()), "SCHOOL_STAGE").passed()).isTrue();
        RuleResult fail = result(check(programme, parent, pupil, List.of()), "SCHOOL_STAGE");
        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonArgs()).contains("@SchoolStage.PRIMARY");
        assertThat(result(check(programme, parent, null, List.of()), "SCHOOL_STAGE").reasonKey())
                .isEqualTo("programme.rule.stage.noMember");
    }

    @Test
    void employmentFormMustBeOneOfTheListed() {
        ProgrammeView programme = programmeWith(EligibilityRule.list(RuleType.EMPLOYMENT_FORM, EmploymentType.FLEXIBLE,
                EmploymentType.NEW_FORM));

        assertThat(result(check(programme, test.worker(30, EmploymentType.NEW_FORM, 0, null, "SN-XA-YT"), null,
                List.of()), "EMPLOYMENT_FORM").passed()).isTrue();
        RuleResult fail = result(check(programme, test.worker(30), null, List.of()), "EMPLOYMENT_FORM");
        assertThat(fail.passed()).isFalse();
        assertThat(fail.reasonKey()).isEqualTo("programme.rule.employment.fail");
    }

    @Test
    void aCustomQuestionPassesOnlyWithTheRequiredAnswer() {
        ProgrammeView programme = test.create(TestProgrammes.cash("劳模", List.of(),
                List.of(new ProgrammeQuestion("是否独居?", true)), List.of(), "800.00"));
        long worker = test.worker(70);

        EligibilityOutcome yes = check(programme, worker, null, List.of(true));
        EligibilityOutcome no = check(programme, worker, null, List.of(false));

        assertThat(result(yes, "QUESTION").passed()).isTrue();
        assertThat(yes.eligible()).isTrue();
        assertThat(result(no, "QUESTION").passed()).isFalse();
        assertThat(result(no, "QUESTION").reasonArgs()).containsExactly("是否独居?", "@programme.answer.no",
                "@programme.answer.yes");
        assertThat(no.eligible()).isFalse();
    }

    @Test
    void tiersPayByFiledHouseholdAndSchoolStageLikeTianmen() {
        ProgrammeView programme = test.create(TestProgrammes.cash("天门助学", List.of(), List.of(), List.of(
                new BenefitTier(TierHousehold.FILED, SchoolStage.UNIVERSITY, new BigDecimal("5000")),
                new BenefitTier(TierHousehold.FILED, SchoolStage.SENIOR_HIGH, new BigDecimal("3000")),
                new BenefitTier(TierHousehold.NOT_FILED, SchoolStage.UNIVERSITY, new BigDecimal("4000")),
                new BenefitTier(TierHousehold.NOT_FILED, SchoolStage.SENIOR_HIGH, new BigDecimal("2000"))), null));
        long filed = test.worker(45);
        test.file(filed);
        long filedUniversity = test.child(filed, SchoolStage.UNIVERSITY).id();
        long filedHigh = test.child(filed, SchoolStage.SENIOR_HIGH).id();
        long other = test.worker(45);
        long otherUniversity = test.child(other, SchoolStage.UNIVERSITY).id();
        long otherHigh = test.child(other, SchoolStage.SENIOR_HIGH).id();
        long otherPrimary = test.child(other, SchoolStage.PRIMARY).id();

        assertThat(check(programme, filed, filedUniversity, List.of()).amount()).isEqualByComparingTo("5000");
        assertThat(check(programme, filed, filedHigh, List.of()).amount()).isEqualByComparingTo("3000");
        assertThat(check(programme, other, otherUniversity, List.of()).amount()).isEqualByComparingTo("4000");
        assertThat(check(programme, other, otherHigh, List.of()).amount()).isEqualByComparingTo("2000");
        EligibilityOutcome none = check(programme, other, otherPrimary, List.of());
        assertThat(none.eligible()).isFalse();
        assertThat(result(none, "TIER").reasonKey()).isEqualTo("programme.rule.tier.none");
        assertThat(check(programme, filed, filedUniversity, List.of()).tierLabel())
                .isEqualTo("@TierHousehold.FILED|@SchoolStage.UNIVERSITY");
    }
}
