package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;

class PeopleManagementIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;

    @Autowired
    Households households;

    @Autowired
    UserDetailsService userDetails;

    TestPeople test;

    @BeforeEach
    void setUp() {
        test = new TestPeople(people, userDetails, jdbc);
    }

    @Test
    void nationalIdAndBankAccountAreStoredOnlyEncryptedWithAKeyedHashAndAMask() {
        String id = TestPeople.freshNationalId();
        WorkerView worker = test.as("caseworker",
                () -> people.register(test.details(id, TestPeople.freshName("加密"), "SN-XA-YT")));

        Map<String, Object> row = jdbc.queryForMap("""
                select national_id_enc, national_id_hash, national_id_masked, bank_account_enc, bank_account_masked,
                       sex, birth_date
                  from worker where id = ?""", worker.id());
        String encrypted = (String) row.get("national_id_enc");
        assertThat(encrypted).startsWith("v2:")
                .doesNotContain(id).doesNotContain(id.substring(0, 17)).doesNotContain(id.substring(6, 14));
        assertThat((String) row.get("national_id_hash")).matches("[0-9a-f]{64}").doesNotContain(id);
        assertThat(row.get("national_id_masked")).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat((String) row.get("bank_account_enc")).doesNotContain("6222000011112222333");
        assertThat(row.get("bank_account_masked")).isEqualTo("****2337");
        assertThat(row.get("birth_date").toString()).isEqualTo(LocalDate.parse(id.substring(6, 14),
                java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toString());
        // and nothing in the whole worker row holds the plain ID
        String wholeRow = jdbc.queryForObject("select w::text from worker w where id = ?", String.class, worker.id());
        assertThat(wholeRow).doesNotContain(id);
    }

    @Test
    void theSameNationalIdCannotBeRegisteredTwiceAnywhereInTheSystem() {
        String id = TestPeople.freshNationalId();
        test.as("caseworker", () -> people.register(test.details(id, TestPeople.freshName("重复"), "SN-XA-YT")));

        assertThatThrownBy(() -> test.as("caseworker2",
                () -> people.register(test.details(id.toLowerCase(), TestPeople.freshName("重复"), "SN-BJ-WB"))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("worker.nationalId.duplicate");
        assertThat(jdbc.queryForObject("select count(*) from worker where national_id_masked = ?", Integer.class,
                id.substring(0, 4) + "**********" + id.substring(14))).isEqualTo(1);
    }

    @Test
    void perCapitaMonthlyIncomeIsDerivedFromTheHousehold() {
        WorkerView worker = test.register("caseworker", TestPeople.freshName("收入"), "SN-XA-YT-KD");
        test.as("caseworker", () -> {
            households.updateHousehold(worker.id(), new HouseholdDetails("测试路2号", new BigDecimal("38400.00"),
                    new BigDecimal("12000.00")));
            households.addMember(worker.id(), new MemberDetails("配偶", Relation.SPOUSE, null, LocalDate.of(1980, 1, 1),
                    null, HealthStatus.CHRONIC_ILLNESS, null, null, EmploymentStatus.UNEMPLOYED, BigDecimal.ZERO));
            households.addMember(worker.id(), new MemberDetails("孩子", Relation.CHILD, null, null, 10,
                    HealthStatus.HEALTHY, null, SchoolStage.PRIMARY, EmploymentStatus.STUDENT, BigDecimal.ZERO));
        });

        HouseholdView household = test.as("caseworker", () -> people.get(worker.id())).household();
        assertThat(household.size()).isEqualTo(3);
        assertThat(household.perCapitaMonthlyIncome()).isEqualTo(new BigDecimal("733.33"));
        assertThat(household.members()).extracting(HouseholdMemberView::age).contains(10);
    }

    @Test
    void removingAMemberChangesTheDerivedIncome() {
        WorkerView worker = test.register("caseworker", TestPeople.freshName("成员"), "SN-XA-YT");
        HouseholdMemberView member = test.as("caseworker", () -> {
            households.updateHousehold(worker.id(), new HouseholdDetails(null, new BigDecimal("24000"), null));
            return households.addMember(worker.id(), new MemberDetails("父亲", Relation.PARENT,
                    TestPeople.freshNationalId(), null, null, HealthStatus.SERIOUS_ILLNESS, 2, null,
                    EmploymentStatus.RETIRED, new BigDecimal("300.00")));
        });
        assertThat(member.nationalIdMasked()).contains("**********");
        assertThat(test.as("caseworker", () -> people.get(worker.id())).household().perCapitaMonthlyIncome())
                .isEqualTo(new BigDecimal("1000.00"));

        test.as("caseworker", () -> households.removeMember(worker.id(), member.id()));

        assertThat(test.as("caseworker", () -> people.get(worker.id())).household().perCapitaMonthlyIncome())
                .isEqualTo(new BigDecimal("2000.00"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'HouseholdMember' and entity_id = ?
                   and action in ('ADD', 'REMOVE')""", Integer.class, String.valueOf(member.id()))).isEqualTo(2);
    }

    @Test
    void searchNeverReturnsWorkersOutsideTheCallersBranch() {
        String name = TestPeople.freshName("宝鸡范围");
        WorkerView baoji = test.register("caseworker2", name, "SN-BJ-WB");
        String fullId = jdbc.queryForObject("select national_id_masked from worker where id = ?", String.class,
                baoji.id());

        assertThat(test.as("caseworker", () -> people.search(name, PageRequest.of(0, 20))).getContent()).isEmpty();
        assertThat(test.as("caseworker", () -> people.search("宝鸡范围", PageRequest.of(0, 100))).getContent())
                .isEmpty();
        assertThat(test.as("caseworker2", () -> people.search(name, PageRequest.of(0, 20))).getContent())
                .extracting(WorkerSummary::id).containsExactly(baoji.id());
        assertThat(test.as("admin2", () -> people.search(name, PageRequest.of(0, 20))).getContent()).hasSize(1);
        // the Xi'an caseworker's whole listing holds only workers of Yanta district
        List<Long> branchesSeen = test.as("caseworker", () -> people.search("", PageRequest.of(0, 100)))
                .getContent().stream().map(WorkerSummary::branchId).distinct().toList();
        assertThat(branchesSeen).isNotEmpty().doesNotContain(test.branch("SN-BJ-WB"), test.branch("SN-BJ-WB-GT"),
                test.branch("SN-XA-BL"));
        assertThat(fullId).contains("**********");
    }

    @Test
    void searchFindsAWorkerByTheFullNationalIdOnlyWithinScope() {
        String id = TestPeople.freshNationalId();
        WorkerView worker = test.as("caseworker2",
                () -> people.register(test.details(id, TestPeople.freshName("身份证"), "SN-BJ-WB-GT")));

        assertThat(test.as("caseworker2", () -> people.search(id, PageRequest.of(0, 20))).getContent())
                .extracting(WorkerSummary::id).containsExactly(worker.id());
        assertThat(test.as("caseworker", () -> people.search(id, PageRequest.of(0, 20))).getContent()).isEmpty();
    }

    @Test
    void searchByPhonePrefixAndNamePrefixPagesAndSortsInTheDatabase() {
        String prefix = TestPeople.freshName("排序");
        test.register("caseworker", prefix + "乙", "SN-XA-YT");
        test.register("caseworker", prefix + "甲", "SN-XA-YT");
        test.register("caseworker", prefix + "丙", "SN-XA-YT-WL");

        var first = test.as("caseworker", () -> people.search(prefix, PageRequest.of(0, 2,
                org.springframework.data.domain.Sort.by("name"))));
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).hasSize(2);
        assertThat(test.as("caseworker", () -> people.search("138000011", PageRequest.of(0, 5))).getTotalElements())
                .isGreaterThanOrEqualTo(3);
        // a wildcard typed by the user is taken literally
        assertThat(test.as("caseworker", () -> people.search("%", PageRequest.of(0, 5))).getContent()).isEmpty();
    }

    @Test
    void revealingTheFullIdIsAuditedWithoutWritingTheIdIntoTheTrail() {
        String id = TestPeople.freshNationalId();
        WorkerView worker = test.as("caseworker",
                () -> people.register(test.details(id, TestPeople.freshName("查看"), "SN-XA-YT")));

        assertThat(test.as("caseworker", () -> people.revealNationalId(worker.id()))).isEqualTo(id);

        Map<String, Object> row = jdbc.queryForMap("""
                select actor, branch_id, after_value::text as after_value from audit_event
                 where entity_type = 'Worker' and entity_id = ? and action = 'VIEW_NATIONAL_ID'""",
                String.valueOf(worker.id()));
        assertThat(row.get("actor")).isEqualTo("caseworker");
        assertThat(row.get("branch_id")).isEqualTo(test.branch("SN-XA-YT"));
        String trail = String.join(" ", jdbc.queryForList("""
                select coalesce(before_value::text, '') || coalesce(after_value::text, '') || coalesce(reason, '')
                  from audit_event where entity_type = 'Worker' and entity_id = ?""", String.class,
                String.valueOf(worker.id())));
        assertThat(trail).contains("**********").doesNotContain(id).doesNotContain("6222000011112222333");
    }

    @Test
    void auditorMayRevealButSysadminMayNot() {
        WorkerView worker = test.register("caseworker", TestPeople.freshName("权限"), "SN-XA-YT");
        assertThat(test.as("auditor", () -> people.revealNationalId(worker.id()))).hasSize(18);
        assertThatThrownBy(() -> test.as("sysadmin", () -> people.revealNationalId(worker.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(test.as("sysadmin", () -> people.get(worker.id())).nationalIdMasked()).contains("**********");
    }

    @Test
    void caseworkerCannotOpenOrChangeAWorkerOfAnotherBranch() {
        WorkerView baoji = test.register("caseworker2", TestPeople.freshName("外地"), "SN-BJ-WB");
        assertThatThrownBy(() -> test.as("caseworker", () -> people.get(baoji.id())))
                .isInstanceOf(WorkerNotFoundException.class);
        assertThatThrownBy(() -> test.as("caseworker", () -> people.revealNationalId(baoji.id())))
                .isInstanceOf(WorkerNotFoundException.class);
        assertThatThrownBy(() -> test.as("caseworker", () -> households.updateHousehold(baoji.id(),
                new HouseholdDetails(null, BigDecimal.ONE, null)))).isInstanceOf(WorkerNotFoundException.class);
        assertThatThrownBy(() -> test.as("caseworker", () -> people.register(
                test.details(TestPeople.freshNationalId(), "越权", "SN-BJ-WB"))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("worker.branch.outOfScope");
    }

    @Test
    void aWorkerSeesTheirOwnRecordAndNobodyElses() {
        WorkerView other = test.register("caseworker", TestPeople.freshName("他人"), "SN-XA-YT-WL");
        WorkerView own = test.as("worker", () -> people.mine()).orElseThrow();
        assertThat(own.name()).isEqualTo("王秀兰");
        assertThat(test.as("worker", () -> people.get(own.id())).id()).isEqualTo(own.id());
        assertThatThrownBy(() -> test.as("worker", () -> people.get(other.id())))
                .isInstanceOf(WorkerNotFoundException.class);
        assertThatThrownBy(() -> test.as("worker", () -> people.search("", PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editingAuditsOnlyTheChangedFieldsAndConflictsOnAStaleVersion() {
        WorkerView worker = test.register("caseworker", TestPeople.freshName("修改"), "SN-XA-YT");
        WorkerDetails changed = new WorkerDetails(null, worker.name(), "13912345678", worker.address(),
                worker.employerName(), worker.branch().id(), worker.unionMemberSince(), worker.employmentForm(),
                worker.socialInsuranceMonths(), null, worker.workerType());

        WorkerView updated = test.as("caseworker", () -> people.update(worker.id(), worker.version(), changed));

        assertThat(updated.phone()).isEqualTo("13912345678");
        assertThat(updated.nationalIdMasked()).isEqualTo(worker.nationalIdMasked());
        assertThat(updated.bankAccountMasked()).isEqualTo("****2337");
        Map<String, Object> row = jdbc.queryForMap("""
                select before_value::text as before_value, after_value::text as after_value from audit_event
                 where entity_type = 'Worker' and entity_id = ? and action = 'UPDATE'""", String.valueOf(worker.id()));
        assertThat((String) row.get("after_value")).contains("13912345678").doesNotContain("name");
        assertThat((String) row.get("before_value")).contains("13800001111");
        assertThatThrownBy(() -> test.as("caseworker", () -> people.update(worker.id(), worker.version(), changed)))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }
}
