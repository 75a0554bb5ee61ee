package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.payouts.BankResults;
import org.unionaid.payouts.BatchView;
import org.unionaid.payouts.DisbursementBatches;
import org.unionaid.payouts.PayoutQueries;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.PayoutView;
import org.unionaid.payouts.Payouts;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * Zero-touch hospital-stay benefits (issue 14 item 2): the settlement-data import (all or nothing, the same stay
 * never twice, members not covered and non-members reported), the claims it makes (origin IMPORTED, explained as
 * a reviewer sees a claim), the bulk confirmation through the reviewer's approval, scope, payment.
 */
class HospitalStaysIntegrationTests extends IntegrationTestSupport {

    @Autowired
    EnrolmentConfirmations enrolmentConfirmations;
    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Claims claims;
    @Autowired
    ClaimQueries claimQueries;
    @Autowired
    Users users;
    @Autowired
    HospitalStays stays;
    @Autowired
    StayQueries stayQueries;
    @Autowired
    StayConfirmations confirmations;
    @Autowired
    Payouts payouts;
    @Autowired
    PayoutQueries payoutQueries;
    @Autowired
    DisbursementBatches batches;
    @Autowired
    BankResults bankResults;

    TestPeople people;
    TestClaims data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        data = new TestClaims(people, plans, enrolments, claims, users, jdbc, enrolmentConfirmations);
        today = Today.date();
    }

    @Test
    void coveredStaysBecomeImportedClaimsExplainedAsAReviewerSeesThemAndTheOthersAreReported() {
        PlanView plan = data.plan(30, TestClaims.hospitalRule());
        TestStays.Member covered = TestStays.member(people, enrolments, users, data, plan, today.minusDays(300));
        TestStays.Member waiting = TestStays.member(people, enrolments, users, data, plan, today.minusDays(10));
        String stranger = TestPeople.freshNationalId();
        String hospital = TestStays.hospital();
        String csv = TestStays.HEADER
                + TestStays.row(covered.nationalId(), hospital, today.minusDays(10), today.minusDays(7), "5000.00", "0.00", "5000.00")
                + TestStays.row(waiting.nationalId(), hospital, today.minusDays(5), today.minusDays(2), "3000.00", "0.00", "3000.00")
                + TestStays.row(stranger, hospital, today.minusDays(9), today.minusDays(8), "800.00", "300.00", "500.00");

        StayImportView imported = people.as("reviewer", () -> stays.importFile(TestStays.bytes(csv), "jiesuan.csv"));

        assertThat(imported.totalRows()).isEqualTo(3);
        assertThat(imported.claimedRows()).isEqualTo(1);
        assertThat(imported.notCoveredRows()).isEqualTo(1);
        assertThat(imported.notMemberRows()).isEqualTo(1);
        assertThat(imported.duplicateRows()).isZero();
        StayRowView claimedRow = imported.rows().get(0);
        assertThat(claimedRow.outcome()).isEqualTo(StayOutcome.CLAIMED);
        assertThat(claimedRow.workerId()).isEqualTo(covered.workerId());
        assertThat(claimedRow.nationalIdMasked()).doesNotContain(covered.nationalId().substring(6, 14));
        StayRowView waitingRow = imported.rows().get(1);
        assertThat(waitingRow.outcome()).isEqualTo(StayOutcome.NOT_COVERED);
        assertThat(waitingRow.reason()).isNotNull();
        assertThat(waitingRow.reason().key()).isEqualTo("claim.refused.waitingPeriod");
        assertThat(imported.rows().get(2).outcome()).isEqualTo(StayOutcome.NOT_MEMBER);
        assertThat(imported.rows().get(2).workerId()).isNull();
        // the national ID itself is never stored, only its keyed hash
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_hospital_stay where national_id_hash = ?"
                + " or national_id_masked = ?", Integer.class, covered.nationalId(), covered.nationalId())).isZero();

        long claimId = claimedRow.claims().get(0).id();
        ClaimView claim = people.as("reviewer", () -> claimQueries.get(claimId));
        assertThat(claim.origin()).isEqualTo(ClaimOrigin.IMPORTED);
        assertThat(claim.state()).isEqualTo(ClaimState.SUBMITTED);
        assertThat(claim.submittedOn()).isEqualTo(today);
        assertThat(claim.hospital()).isEqualTo(hospital);
        assertThat(claim.explanation()).isNotNull();
        assertThat(claim.explanation().amount()).isEqualByComparingTo("2400.00");
        // the pending list shows the very lines of the claim's page
        PendingStayClaim pending = people.as("reviewer", () -> stayQueries.pending()).stream()
                .filter(p -> p.claimId() == claimId).findFirst().orElseThrow();
        assertThat(pending.lines()).isEqualTo(claim.explanation().lines());
        assertThat(pending.amount()).isEqualByComparingTo("2400.00");
        assertThat(pending.payable()).isFalse();
        assertThat(pending.importReference()).isEqualTo(imported.reference());
        // the member was told, and sees it without having filed anything
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = "
                + "n.recipient_user_id where u.username = ? and n.kind = 'CLAIM_IMPORTED'", Integer.class,
                covered.username())).isEqualTo(1);
        assertThat(people.as(covered.username(), () -> stayQueries.mine())).extracting(ClaimView::id)
                .containsExactly(claimId);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidStayImport' "
                + "and entity_id = ? and action = 'IMPORT'", Integer.class, String.valueOf(imported.id()))).isEqualTo(1);
        // the waiting member has no claim at all
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where worker_id = ?", Integer.class,
                waiting.workerId())).isZero();
    }

    @Test
    void theSameFileTwiceAddsNothingAndACrossImportDuplicateRowIsOnlyCounted() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestStays.Member member = TestStays.member(people, enrolments, users, data, plan, today.minusDays(200));
        String hospital = TestStays.hospital();
        String first = TestStays.HEADER
                + TestStays.row(member.nationalId(), hospital, today.minusDays(20), today.minusDays(15), "6000", "1000", "5000")
                + TestStays.row(TestPeople.freshNationalId(), hospital, today.minusDays(20), today.minusDays(15), "100", "0", "100");
        StayImportView once = people.as("reviewer", () -> stays.importFile(TestStays.bytes(first), "a.csv"));
        assertThat(once.claimedRows()).isEqualTo(1);

        StayImportView again = people.as("reviewer", () -> stays.importFile(TestStays.bytes(first), "a.csv"));
        assertThat(again.duplicateRows()).isEqualTo(2);
        assertThat(again.newRows()).isZero();
        assertThat(again.rows()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where worker_id = ?", Integer.class,
                member.workerId())).isEqualTo(1);

        // the same stay in another file (another row order, other amounts, spaces in the hospital) is the same stay;
        // a second stay of the member (another admission date) is new
        String second = TestStays.HEADER
                + TestStays.row(member.nationalId(), hospital, today.minusDays(9), today.minusDays(8), "4000", "0", "4000")
                + TestStays.row(member.nationalId().toLowerCase(), " " + hospital + " ", today.minusDays(20),
                        today.minusDays(14), "7000", "1000", "6000");
        StayImportView third = people.as("reviewer", () -> stays.importFile(TestStays.bytes(second), "b.csv"));
        assertThat(third.duplicateRows()).isEqualTo(1);
        assertThat(third.claimedRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where worker_id = ?", Integer.class,
                member.workerId())).isEqualTo(2);
    }

    @Test
    void aFileWithAnyBadRowImportsNothingAndNamesEveryProblem() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestStays.Member member = TestStays.member(people, enrolments, users, data, plan, today.minusDays(200));
        String hospital = TestStays.hospital();
        String csv = TestStays.HEADER
                + TestStays.row(member.nationalId(), hospital, today.minusDays(20), today.minusDays(15), "6000", "1000", "5000")
                + TestStays.row(member.nationalId(), hospital, today.minusDays(20), today.minusDays(16), "6000", "1000", "5000")
                + TestStays.row("11010119900101", hospital, today.minusDays(3), today.minusDays(5), "abc", "0", "0")
                + TestStays.row(TestPeople.freshNationalId(), "", today.minusDays(3), today.plusDays(2), "100", "80", "40");

        StayImportRejectedException e = people.as("reviewer", () -> {
            try {
                stays.importFile(TestStays.bytes(csv), "bad.csv");
                return null;
            } catch (StayImportRejectedException rejected) {
                return rejected;
            }
        });

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(StaffListProblem::row, StaffListProblem::key).contains(
                org.assertj.core.groups.Tuple.tuple(3, "stay.row.twice"),
                org.assertj.core.groups.Tuple.tuple(4, "enrolment.nationalId.invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "claim.dates.order"),
                org.assertj.core.groups.Tuple.tuple(4, "stay.row.amount"),
                org.assertj.core.groups.Tuple.tuple(5, "stay.row.required"),
                org.assertj.core.groups.Tuple.tuple(5, "claim.refused.future"),
                org.assertj.core.groups.Tuple.tuple(5, "claim.amount.partsOverTotal"));
        assertThat(e.problems()).filteredOn(p -> p.row() == 3).extracting(StaffListProblem::args)
                .containsExactly(List.of("2"));
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_hospital_stay where hospital = ?",
                Integer.class, hospital)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_claim where worker_id = ?", Integer.class,
                member.workerId())).isZero();
        // not a table at all
        assertThatThrownBy(() -> people.as("reviewer", () -> stays.importFile(new byte[] {1, 2, 3}, "x.xlsx")))
                .isInstanceOf(StayImportRejectedException.class)
                .satisfies(x -> assertThat(((StayImportRejectedException) x).problems().get(0).key())
                        .isEqualTo("stay.import.unreadable"));
        assertThatThrownBy(() -> people.as("employer", () -> stays.importFile(TestStays.bytes(csv), "a.csv")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void confirmationApprovesLikeAReviewerProposesThePayoutAndPaymentMarksTheClaimPaid() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestStays.Member member = TestStays.member(people, enrolments, users, data, plan, today.minusDays(200));
        TestStays.Member other = TestStays.member(people, enrolments, users, data, plan, today.minusDays(200));
        String hospital = TestStays.hospital();
        String csv = TestStays.HEADER
                + TestStays.row(member.nationalId(), hospital, today.minusDays(12), today.minusDays(6), "12000", "4000", "8000")
                + TestStays.row(other.nationalId(), hospital, today.minusDays(12), today.minusDays(6), "3000", "0", "3000");
        StayImportView imported = people.as("reviewer", () -> stays.importFile(TestStays.bytes(csv), "c.csv"));
        long claimId = imported.rows().get(0).claims().get(0).id();
        long otherId = imported.rows().get(1).claims().get(0).id();

        StayConfirmations.Result result = people.as("reviewer", () -> confirmations.confirm(List.of(claimId)));
        assertThat(result.refused()).isEmpty();
        ClaimView approved = people.as(member.username(), () -> claimQueries.get(claimId));
        assertThat(approved.state()).isEqualTo(ClaimState.APPROVED);
        assertThat(approved.approvedAmount()).isEqualByComparingTo("4200.00");
        assertThat(approved.explanation().lines()).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidClaim' "
                + "and entity_id = ? and action = 'APPROVE'", Integer.class, String.valueOf(claimId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidStayImport' "
                + "and entity_id = ? and action = 'CONFIRM'", Integer.class, String.valueOf(imported.id()))).isEqualTo(1);
        // the importing reviewer is not told about "their" claim as a claimant
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = "
                + "n.recipient_user_id where u.username = 'reviewer' and n.kind = 'CLAIM_APPROVED' and ? = any(n.message_args)",
                Integer.class, approved.reference())).isZero();
        // unconfirmed: the other claim still waits
        assertThat(people.as("reviewer", () -> stayQueries.pending())).extracting(PendingStayClaim::claimId)
                .contains(otherId).doesNotContain(claimId);

        // maker-checker as for any claim: the payout is PROPOSED, the reviewer cannot approve it, no account: refused
        PayoutView payout = people.as("admin", () -> payoutQueries.liveFor(PayoutSourceType.CLAIM, claimId)).orElseThrow();
        assertThat(payout.state()).isEqualTo(PayoutState.PROPOSED);
        assertThat(payout.amount()).isEqualByComparingTo("4200.00");
        assertThatThrownBy(() -> people.as("reviewer", () -> payouts.approve(payout.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as("admin", () -> payouts.approve(payout.id())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("payout.unpayable");
        people.givePayableAccount(member.workerId());
        people.as("admin", () -> payouts.approve(payout.id()));
        BatchView gathered = people.as("admin", () -> batches.gather());
        BatchView batch = people.as("admin", () -> batches.send(gathered.id()));
        people.as("admin", () -> bankResults.importResults(batch.id(), ("reference,status,reason\n"
                + payout.reference() + ",PAID,\n").getBytes(StandardCharsets.UTF_8)));
        ClaimView mine = people.as(member.username(), () -> stayQueries.mine()).get(0);
        assertThat(mine.state()).isEqualTo(ClaimState.PAID);
        assertThat(mine.explanation().amount()).isEqualByComparingTo("4200.00");

        // a second confirmation of the same claim changes nothing and says why
        StayConfirmations.Result twice = people.as("reviewer", () -> confirmations.confirm(List.of(claimId)));
        assertThat(twice.confirmed()).isEmpty();
        assertThat(twice.refused()).extracting(StayConfirmations.Refusal::key).containsExactly("claim.transition.illegal");

        // the reviewer rejects the other one with a reason
        people.as("reviewer", () -> confirmations.reject(otherId, "住院记录与参保单位不符"));
        ClaimView rejected = people.as(other.username(), () -> claimQueries.get(otherId));
        assertThat(rejected.state()).isEqualTo(ClaimState.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("住院记录与参保单位不符");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MutualAidStayImport' "
                + "and entity_id = ? and action = 'REJECT'", Integer.class, String.valueOf(imported.id()))).isEqualTo(1);
        assertThatThrownBy(() -> people.as("reviewer", () -> confirmations.confirm(List.of())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("stay.confirm.noneChosen");
    }

    @Test
    void aClaimTheAnnualCapNoLongerAllowsIsListedAsRefusedAndTheOthersAreConfirmed() {
        // 60 % above 1,000.00, at most 2,400.00 a year: two stays of 2,400.00 each, only one fits
        PlanView plan = data.plan(0, new BenefitRule(BenefitBasis.RATE, CountedAmounts.MINUS_BASIC_INSURANCE,
                new java.math.BigDecimal("1000.00"), new java.math.BigDecimal("60"), null, null,
                new java.math.BigDecimal("2400.00"), 5, 180));
        TestStays.Member member = TestStays.member(people, enrolments, users, data, plan, today.minusDays(200));
        String hospital = TestStays.hospital();
        String csv = TestStays.HEADER
                + TestStays.row(member.nationalId(), hospital, today.minusDays(30), today.minusDays(25), "5000", "0", "5000")
                + TestStays.row(member.nationalId(), hospital, today.minusDays(12), today.minusDays(6), "5000", "0", "5000");
        StayImportView imported = people.as("reviewer", () -> stays.importFile(TestStays.bytes(csv), "e.csv"));
        assertThat(imported.claimedRows()).isEqualTo(2);
        long first = imported.rows().get(0).claims().get(0).id();
        long second = imported.rows().get(1).claims().get(0).id();

        StayConfirmations.Result result = people.as("reviewer", () -> confirmations.confirm(List.of(first, second)));

        assertThat(result.confirmed()).hasSize(1);
        assertThat(result.refused()).extracting(StayConfirmations.Refusal::key)
                .containsExactly("claim.approve.nothingToGrant");
        assertThat(jdbc.queryForObject("select state from mutualaid_claim where id = ?", String.class, first))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select state from mutualaid_claim where id = ?", String.class, second))
                .isEqualTo("SUBMITTED");
        // the refused one still waits, now explained with the cap used up
        PendingStayClaim pending = people.as("reviewer", () -> stayQueries.pending()).stream()
                .filter(p -> p.claimId() == second).findFirst().orElseThrow();
        assertThat(pending.amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void aReviewerOfAnotherCityNeitherSeesNorConfirmsAndTheirImportTreatsOurMembersAsStrangers() {
        PlanView plan = data.plan(0, TestClaims.hospitalRule());
        TestStays.Member member = TestStays.member(people, enrolments, users, data, plan, today.minusDays(200));
        String hospital = TestStays.hospital();
        String csv = TestStays.HEADER
                + TestStays.row(member.nationalId(), hospital, today.minusDays(12), today.minusDays(6), "5000", "0", "5000");
        StayImportView imported = people.as("reviewer", () -> stays.importFile(TestStays.bytes(csv), "d.csv"));
        long claimId = imported.rows().get(0).claims().get(0).id();

        assertThatThrownBy(() -> people.as("reviewer2", () -> stayQueries.get(imported.id())))
                .isInstanceOf(StayImportNotFoundException.class);
        assertThat(people.as("reviewer2", () -> stayQueries.imports())).extracting(StayImportView::id)
                .doesNotContain(imported.id());
        assertThat(people.as("reviewer2", () -> stayQueries.pending())).extracting(PendingStayClaim::claimId)
                .doesNotContain(claimId);
        StayConfirmations.Result result = people.as("reviewer2", () -> confirmations.confirm(List.of(claimId)));
        assertThat(result.confirmed()).isEmpty();
        assertThat(result.refused()).extracting(StayConfirmations.Refusal::key).containsExactly("stay.confirm.notFound");
        assertThatThrownBy(() -> people.as("reviewer2", () -> confirmations.reject(claimId, "不符")))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThat(people.as("reviewer", () -> claimQueries.get(claimId)).state()).isEqualTo(ClaimState.SUBMITTED);

        // Baoji's reviewer importing a Xi'an member's other stay learns nothing about them
        String theirs = TestStays.HEADER
                + TestStays.row(member.nationalId(), hospital, today.minusDays(30), today.minusDays(28), "5000", "0", "5000");
        StayImportView baoji = people.as("reviewer2", () -> stays.importFile(TestStays.bytes(theirs), "bj.csv"));
        assertThat(baoji.notMemberRows()).isEqualTo(1);
        assertThat(baoji.rows().get(0).workerId()).isNull();
        assertThat(baoji.rows().get(0).workerName()).isNull();
    }

    /** Test data of settlement files and members with known national IDs. */
    static final class TestStays {

        static final String HEADER = "身份证号,医院,入院日期,出院日期,发票总额,基本医保支付,个人自付\n";

        private TestStays() {
        }

        record Member(long workerId, String username, String nationalId) {
        }

        static Member member(TestPeople people, Enrolments enrolments, Users users, TestClaims data, PlanView plan,
                             LocalDate enrolledOn) {
            String name = TestPeople.freshName("免申");
            String nationalId = TestPeople.freshNationalId();
            EnrolmentView enrolment = people.as("employer", () -> enrolments.enrol(new EnrolStaff(name, nationalId,
                    "13900002222", plan.code())));
            data.confirm(enrolment.id());
            data.backdate(enrolment.id(), enrolledOn, plan.waitingPeriodDays());
            String username = "zy" + enrolment.workerId();
            users.create(new CreateUser(username, TestClaims.PASSWORD, name, people.branch("SN-XA-YT-WL"),
                    Set.of(Role.WORKER), null, enrolment.workerId()));
            return new Member(enrolment.workerId(), username, nationalId);
        }

        static String hospital() {
            return "西安市第" + TestPeople.freshName("").replace("号", "") + "人民医院";
        }

        static String row(String nationalId, String hospital, LocalDate admission, LocalDate discharge, String total,
                          String basic, String self) {
            return nationalId + "," + hospital + "," + admission + "," + discharge + "," + total + "," + basic + ","
                    + self + "\n";
        }

        static byte[] bytes(String csv) {
            return csv.getBytes(StandardCharsets.UTF_8);
        }
    }
}
