package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.PayoutAccount;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerNotFoundException;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/** A cash payout is approved, gathered and sent only when its payee's account can be paid. */
class PayableAccountsIntegrationTests extends PayoutsTestSupport {

    static final String OTHER_CARD = "6217000010001234569";

    @BeforeEach
    void checkTheOtherCard() {
        assertThat(org.unionaid.people.PayoutAccountRules.luhn(OTHER_CARD)).isTrue();
    }

    @Test
    void aPayoutToAWorkerWithoutAccountIsMarkedInTheQueueAndCannotBeApproved() {
        long programme = test.programme("1000.00");
        long payee = test.payeeWithoutAccount();
        PayoutView p = test.propose(test.cashTo(programme, "100.00", payee));
        assertThat(p.accountStatus()).isEqualTo(PayoutAccountStatus.MISSING);

        PayoutSummary row = queueRow(p.id());
        assertThat(row.unpayable()).isTrue();
        assertThat(row.accountStatus()).isEqualTo(PayoutAccountStatus.MISSING);
        assertThatThrownBy(() -> test.approve("admin", p.id())).isInstanceOf(BusinessRuleException.class)
                .extracting("code").isEqualTo("payout.unpayable.MISSING");
        assertThat(test.state(p.id())).isEqualTo("PROPOSED");
        assertThat(test.available(p.split().get(0).fundingSourceId())).isEqualByComparingTo("1000.00");

        test.people.changeAccount("caseworker", payee, "中国银行西安分行", "张三", OTHER_CARD);
        assertThat(queueRow(p.id()).unpayable()).isFalse();
        assertThat(test.approve("admin", p.id()).state()).isEqualTo(PayoutState.APPROVED);
    }

    @Test
    void anAccountThatCannotBePaidIsRefusedWithItsReasonAndNothingIsStored() {
        long payee = test.payeeWithoutAccount();
        assertThatThrownBy(() -> test.people.changeAccount("caseworker", payee, "中国银行", "张三",
                "6222000011112222336")).isInstanceOf(BusinessRuleException.class)
                .extracting("code").isEqualTo("payoutAccount.number.checksum");
        assertThatThrownBy(() -> test.people.changeAccount("caseworker", payee, " ", "张三", OTHER_CARD))
                .extracting("code").isEqualTo("payoutAccount.bankName.required");
        assertThat(jdbc.queryForObject("select payout_account_status from worker where id = ?", String.class, payee))
                .isEqualTo("MISSING");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'Worker' and entity_id = ?
                   and action = 'CHANGE_PAYOUT_ACCOUNT'""", Long.class, String.valueOf(payee))).isZero();
    }

    @Test
    void changingTheAccountOfAnApprovedPayoutReturnsItToTheQueue() {
        long programme = test.programme("1000.00");
        PayoutView p = test.approve("admin", test.proposeCash(programme, "100.00").id());
        long source = p.split().get(0).fundingSourceId();
        assertThat(test.available(source)).isEqualByComparingTo("900.00");

        test.people.changeAccount("caseworker", p.payeeWorkerId(), "中国银行西安分行", "张三", OTHER_CARD);

        assertThat(test.state(p.id())).isEqualTo("PROPOSED");
        assertThat(test.available(source)).isEqualByComparingTo("1000.00");
        assertThat(test.column(source, "committed")).isEqualByComparingTo("0.00");
        assertThat(test.auditActions(p.id())).containsExactly("PROPOSE", "APPROVE", "REQUEUE");
        assertThat(queueRow(p.id())).isNotNull();
        String audit = jdbc.queryForObject("""
                select before_value::text || after_value::text from audit_event where entity_type = 'Worker' and entity_id = ?
                   and action = 'CHANGE_PAYOUT_ACCOUNT' order by id desc limit 1""", String.class,
                String.valueOf(p.payeeWorkerId()));
        assertThat(audit).contains("****4569").doesNotContain(OTHER_CARD).doesNotContain(TestPeople.VALID_CARD);

        // approved again in a new round, and the budget is committed once
        assertThat(test.approve("admin", p.id()).state()).isEqualTo(PayoutState.APPROVED);
        assertThat(test.available(source)).isEqualByComparingTo("900.00");
    }

    @Test
    void aFirstApprovalIsTakenBackWhenTheAccountChanges() {
        long programme = test.programme("50000.00");
        PayoutView p = test.proposeCash(programme, "12000.00");
        test.approve("admin", p.id());
        assertThat(test.people.as("admin", () -> payoutQueries.get(p.id())).firstApprovedBy()).isNotNull();
        test.people.changeAccount("caseworker", p.payeeWorkerId(), "中国银行", "张三", OTHER_CARD);
        PayoutView after = test.people.as("admin", () -> payoutQueries.get(p.id()));
        assertThat(after.firstApprovedBy()).isNull();
        assertThat(after.state()).isEqualTo(PayoutState.PROPOSED);
        // two approvals are needed again
        test.approve("admin", p.id());
        assertThat(test.state(p.id())).isEqualTo("PROPOSED");
        assertThat(test.approve("admin2", p.id()).state()).isEqualTo(PayoutState.APPROVED);
    }

    @Test
    void aPayoutInABatchNotYetSentLeavesTheBatchWhenTheAccountChanges() {
        long programme = test.programme("1000.00");
        PayoutView p = test.approve("admin", test.proposeCash(programme, "120.00").id());
        BatchView batch = test.people.as("admin", () -> batches.gather());
        assertThat(batch.lines()).anyMatch(l -> l.payoutId() == p.id());

        test.people.changeAccount("caseworker", p.payeeWorkerId(), "中国银行", "张三", OTHER_CARD);

        BatchView after = test.people.as("admin", () -> batches.get(batch.id()));
        assertThat(after.lines()).noneMatch(l -> l.payoutId() == p.id());
        assertThat(after.itemCount()).isEqualTo(batch.itemCount() - 1);
        assertThat(after.total()).isEqualByComparingTo(batch.total().subtract(p.amount()));
        assertThat(test.state(p.id())).isEqualTo("PROPOSED");
        assertThat(jdbc.queryForObject("select batch_id from payout where id = ?", Long.class, p.id())).isNull();
    }

    @Test
    void gatheringAndSendingLeaveOutPayoutsThatCannotBePaid() {
        long programme = test.programme("1000.00");
        PayoutView early = test.approve("admin", test.proposeCash(programme, "10.00").id());
        PayoutView late = test.approve("admin", test.proposeCash(programme, "20.00").id());
        // an account recorded before the checks existed (bank name and holder missing)
        jdbc.update("update worker set payout_account_status = 'INCOMPLETE' where id = ?", early.payeeWorkerId());
        assertThat(test.people.as("admin", () -> payoutQueries.approvedUnpayable())).isPositive();
        BatchView batch = test.people.as("admin", () -> batches.gather());
        assertThat(batch.lines()).noneMatch(l -> l.payoutId() == early.id());
        assertThat(batch.lines()).anyMatch(l -> l.payoutId() == late.id());
        assertThat(test.state(early.id())).isEqualTo("APPROVED");

        // the account goes bad between gathering and sending: the batch is not sent
        jdbc.update("update worker set payout_account_status = 'INVALID' where id = ?", late.payeeWorkerId());
        assertThatThrownBy(() -> test.people.as("admin", () -> batches.send(batch.id())))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).code()).isEqualTo("batch.send.unpayable"))
                .satisfies(e -> assertThat(List.of(((BusinessRuleException) e).args()).toString())
                        .contains(late.reference()));
        assertThat(test.people.as("admin", () -> batches.get(batch.id())).state()).isEqualTo(BatchState.GATHERED);
        jdbc.update("update worker set payout_account_status = 'OK' where id in (?, ?)", early.payeeWorkerId(),
                late.payeeWorkerId());
    }

    @Test
    void theWorkerKeepsTheirOwnAccountAndOnlyStaffOfTheirBranchesMayChangeIt() {
        long workerId = test.payeeWithoutAccount();
        String username = "acct" + TestPayouts.freshId();
        users.create(new CreateUser(username, "test-password-123", "职工", test.yanta(), Set.of(Role.WORKER), null,
                workerId));
        assertThat(test.people.changeAccount(username, workerId, "西安银行", "职工", OTHER_CARD).payoutAccountStatus())
                .isEqualTo(PayoutAccountStatus.OK);
        long other = test.payeeWithoutAccount();
        assertThatThrownBy(() -> test.people.changeAccount(username, other, "西安银行", "职工", OTHER_CARD))
                .isInstanceOf(WorkerNotFoundException.class);
        assertThatThrownBy(() -> test.people.changeAccount("caseworker2", workerId, "西安银行", "职工", OTHER_CARD))
                .isInstanceOf(WorkerNotFoundException.class);
        for (String refused : List.of("volunteer", "auditor", "partner", "employer", "reviewer")) {
            assertThatThrownBy(() -> test.people.as(refused, () -> registry.updatePayoutAccount(workerId,
                    new PayoutAccount("西安银行", "职工", OTHER_CARD)))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void resultsAreImportedOnlyForASentBatch() {
        long programme = test.programme("1000.00");
        PayoutView p = test.approve("admin", test.proposeCash(programme, "30.00").id());
        BatchView batch = test.people.as("admin", () -> batches.gather());
        byte[] result = ("reference,status,reason\n" + p.reference() + ",PAID,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> test.people.as("admin", () -> bankResults.importResults(batch.id(), result)))
                .extracting("code").isEqualTo("batch.result.notSent");
        assertThatThrownBy(() -> test.people.as("admin", () -> batches.bankFileCsv(batch.id())))
                .extracting("code").isEqualTo("batch.file.notSent");
        BatchView sent = test.people.as("admin", () -> batches.send(batch.id()));
        assertThat(sent.state()).isEqualTo(BatchState.SENT);
        // every row of the batch comes back from the bank: the batch is settled
        StringBuilder all = new StringBuilder("reference,status,reason\n");
        sent.lines().forEach(l -> all.append(l.payoutReference()).append(",PAID,\n"));
        // the control row a bank may send back with the file is ignored
        all.append("CONTROL,").append(sent.itemCount()).append(",,\n");
        test.people.as("admin", () -> bankResults.importResults(batch.id(), all.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(test.people.as("admin", () -> batches.get(batch.id())).state()).isEqualTo(BatchState.SETTLED);
        assertThat(test.state(p.id())).isEqualTo("PAID");
    }

    private PayoutSummary queueRow(long id) {
        return test.people.as("admin", () -> payoutQueries.approvalQueue(PageRequest.of(0, 100))).getContent().stream()
                .filter(r -> r.id() == id).findFirst()
                .orElseGet(() -> test.people.as("admin", () -> payoutQueries.approvalQueue(PageRequest.of(0, 100,
                        org.springframework.data.domain.Sort.by("proposedAt").descending()))).getContent().stream()
                        .filter(r -> r.id() == id).findFirst().orElseThrow());
    }
}
