package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

class DisbursementBatchesIntegrationTests extends PayoutsTestSupport {

    private PayoutView approvedCash(long programme, String amount) {
        PayoutView p = test.proposeCash(programme, amount);
        return test.approve("admin", p.id());
    }

    private BatchView gather() {
        return test.people.as("admin", () -> batches.gather());
    }

    private BatchView gatherAndSend() {
        BatchView gathered = gather();
        return test.people.as("admin", () -> batches.send(gathered.id()));
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFFreference,status,reason\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Long batchOf(long payoutId) {
        return jdbc.queryForObject("select batch_id from disbursement_batch_item where payout_id = ?", Long.class,
                payoutId);
    }

    @Test
    void gatheringPutsApprovedCashPayoutsInOneBatchAndNeverTwice() {
        long programme = test.programme("5000.00");
        PayoutView one = approvedCash(programme, "100.00");
        PayoutView two = approvedCash(programme, "200.00");
        PayoutView proposed = test.proposeCash(programme, "300.00");
        PayoutView inKind = test.approve("admin", test.propose(test.command(programme, PayoutKind.IN_KIND, "50.00",
                null)).id());
        BatchView batch = gather();
        assertThat(batch.lines()).extracting(BatchView.Line::payoutId).contains(one.id(), two.id())
                .doesNotContain(proposed.id(), inKind.id());
        assertThat(test.state(one.id())).isEqualTo("IN_BATCH");
        assertThat(test.state(inKind.id())).isEqualTo("APPROVED");
        assertThat(test.auditActions(one.id())).containsExactly("PROPOSE", "APPROVE", "BATCH");
        // gathering again finds nothing new for these payouts
        PayoutView three = approvedCash(programme, "50.00");
        BatchView next = gather();
        assertThat(next.lines()).extracting(BatchView.Line::payoutId).contains(three.id())
                .doesNotContain(one.id(), two.id());
        assertThat(jdbc.queryForObject("select count(*) from disbursement_batch_item where payout_id in (?, ?)",
                Long.class, one.id(), two.id())).isEqualTo(2);
        // a cancelled payout cannot leave a batch any more
        assertThatThrownBy(() -> test.people.as("admin", () -> payouts.cancel(one.id(), "x")))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aGatheredBatchCountsAndTotalsItsRowsAndEachPayoutHistoryShowsWhoBatchedIt() {
        long programme = test.programme("5000.00");
        PayoutView one = approvedCash(programme, "100.10");
        PayoutView two = approvedCash(programme, "200.25");
        long versionBefore = jdbc.queryForObject("select version from payout where id = ?", Long.class, one.id());
        BatchView batch = gather();
        // the batch holds the whole backlog of the subtree: its count and total are exactly its rows'
        assertThat(batch.itemCount()).isEqualTo(batch.lines().size());
        assertThat(batch.total()).isEqualByComparingTo(batch.lines().stream().map(BatchView.Line::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        assertThat(jdbc.queryForObject("select item_count from disbursement_batch where id = ?", Integer.class,
                batch.id())).isEqualTo(batch.lines().size());
        assertThat(jdbc.queryForList("""
                select action || ' ' || from_state || '>' || to_state || ' ' || actor from payout_transition
                 where payout_id = ? order by id""", String.class, two.id()))
                .endsWith("BATCH APPROVED>IN_BATCH admin");
        // a form still holding the payout's old version cannot overwrite the batched row
        assertThat(jdbc.queryForObject("select version from payout where id = ?", Long.class, one.id()))
                .isGreaterThan(versionBefore);
        assertThat(jdbc.queryForObject("select batch_id from payout where id = ?", Long.class, one.id()))
                .isEqualTo(batch.id());
        // the bank file's control row repeats the count and the total
        BatchView sent = test.people.as("admin", () -> batches.send(batch.id()));
        String csv = new String(test.people.as("admin", () -> batches.bankFileCsv(sent.id())), StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> !l.isBlank()).count()).isEqualTo(batch.lines().size() + 2L);
        assertThat(csv.strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("CONTROL," + batch.lines().size() + ",,,," + batch.total().setScale(2).toPlainString()
                        + "," + batch.reference());
        assertThat(jdbc.queryForObject("""
                select count(*) from disbursement_batch_item where batch_id = ? and payout_reference is not null""",
                Long.class, batch.id())).isEqualTo(batch.lines().size());
    }

    @Test
    void gatheringConcurrentlyNeverBatchesAPayoutTwice() throws Exception {
        long programme = test.programme("5000.00");
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            mine.add(approvedCash(programme, "10.00").id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(pool.submit((Callable<Object>) () -> {
                start.await();
                try {
                    return gather();
                } catch (BusinessRuleException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        for (Future<Object> f : futures) {
            Object result = f.get();
            if (result instanceof String code) {
                assertThat(code).isEqualTo("batch.gather.nothing");
            }
        }
        pool.shutdown();
        for (long id : mine) {
            assertThat(test.state(id)).isEqualTo("IN_BATCH");
            assertThat(jdbc.queryForObject("select count(*) from disbursement_batch_item where payout_id = ?",
                    Long.class, id)).isEqualTo(1);
        }
    }

    @Test
    void bankFileHoldsTheFullAccountAndEachReadIsAudited() {
        long programme = test.programme("5000.00");
        PayoutView payout = approvedCash(programme, "123.45");
        BatchView batch = gatherAndSend();
        String csv = new String(test.people.as("admin", () -> batches.bankFileCsv(batch.id())), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFreference,payee_name,account_holder,bank_name,bank_account,amount,purpose");
        assertThat(csv).contains(payout.reference() + "," + payout.payeeName() + "," + payout.payeeName()
                + ",中国工商银行西安雁塔支行," + TestPeople.VALID_CARD + ",123.45,");
        byte[] xlsx = test.people.as("admin", () -> batches.bankFileXlsx(batch.id()));
        List<List<String>> sheet = Spreadsheets.read(xlsx, 10000);
        assertThat(sheet).anySatisfy(row -> assertThat(row).startsWith(payout.reference(), payout.payeeName()));
        assertThat(sheet).anySatisfy(row -> assertThat(row).contains(TestPeople.VALID_CARD));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'Worker' and entity_id = ?
                   and action = 'VIEW_BANK_ACCOUNT' and reason = ?""", Long.class,
                String.valueOf(payout.payeeWorkerId()), batch.reference())).isEqualTo(1);
        // the page shows the account masked
        assertThat(test.people.as("admin", () -> batches.get(batch.id())).lines())
                .filteredOn(l -> l.payoutId() == payout.id())
                .allSatisfy(l -> assertThat(l.bankAccountMasked()).doesNotContain("000011112222"));
    }

    @Test
    void bankResultFileMarksPaidAndFailedAndReimportingIsHarmless() {
        long programme = TestPayouts.freshId();
        FundingSourceView source = test.source(programme, "1000.00");
        PayoutView paid = approvedCash(programme, "100.00");
        PayoutView failed = approvedCash(programme, "200.00");
        BatchView batch = gatherAndSend();
        byte[] file = csv(paid.reference() + ",PAID,", failed.reference() + ",FAILED,账户已销户");
        BankResultOutcome outcome = test.people.as("admin", () -> bankResults.importResults(batch.id(), file));
        assertThat(outcome.paid()).isEqualTo(1);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(test.state(paid.id())).isEqualTo("PAID");
        assertThat(test.state(failed.id())).isEqualTo("FAILED");
        assertThat(test.column(source.id(), "paid")).isEqualByComparingTo("100.00");
        assertThat(test.column(source.id(), "committed")).isEqualByComparingTo("0.00");
        assertThat(test.available(source.id())).isEqualByComparingTo("900.00");
        assertThat(test.auditActions(paid.id())).containsExactly("PROPOSE", "APPROVE", "BATCH", "PAY");
        assertThat(test.auditActions(failed.id())).containsExactly("PROPOSE", "APPROVE", "BATCH", "FAIL");

        BankResultOutcome again = test.people.as("admin", () -> bankResults.importResults(batch.id(), file));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.paid() + again.failed()).isZero();
        assertThat(test.column(source.id(), "paid")).isEqualByComparingTo("100.00");
        assertThat(test.auditActions(paid.id())).containsExactly("PROPOSE", "APPROVE", "BATCH", "PAY");
    }

    @Test
    void failedPayoutIsReissuedAsANewProposalLinkedToIt() {
        long programme = TestPayouts.freshId();
        FundingSourceView source = test.source(programme, "1000.00");
        PayoutView failed = approvedCash(programme, "200.00");
        BatchView batch = gatherAndSend();
        test.people.as("admin", () -> bankResults.importResults(batch.id(), csv(failed.reference() + ",FAILED,户名不符")));
        assertThat(test.available(source.id())).isEqualByComparingTo("1000.00");
        PayoutView reissued = test.people.as("admin", () -> payouts.reissue(failed.id()));
        assertThat(reissued.state()).isEqualTo(PayoutState.PROPOSED);
        assertThat(reissued.reissueOf()).isEqualTo(failed.id());
        assertThat(reissued.sourceId()).isEqualTo(failed.sourceId());
        assertThat(reissued.amount()).isEqualByComparingTo("200.00");
        assertThat(test.auditActions(reissued.id())).containsExactly("REISSUE");
        assertThatThrownBy(() -> test.people.as("admin", () -> payouts.reissue(failed.id())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("payout.reissue.already"));
        // the reissued payout goes through approval and the bank like any other
        test.approve("admin2", reissued.id());
        BatchView second = gatherAndSend();
        test.people.as("admin", () -> bankResults.importResults(second.id(), csv(reissued.reference() + ",PAID,")));
        assertThat(test.state(reissued.id())).isEqualTo("PAID");
        assertThat(test.column(source.id(), "paid")).isEqualByComparingTo("200.00");
    }

    @Test
    void resultFileWithAnyBadRowAppliesNothingAndNamesEveryProblem() {
        long programme = test.programme("5000.00");
        PayoutView good = approvedCash(programme, "100.00");
        PayoutView good2 = approvedCash(programme, "100.00");
        BatchView batch = gatherAndSend();
        PayoutView elsewhere = approvedCash(programme, "100.00");
        byte[] file = csv(
                good.reference() + ",PAID,",
                "PO-999999999,PAID,",
                elsewhere.reference() + ",PAID,",
                good2.reference() + ",MAYBE,",
                good.reference() + ",PAID,",
                good2.reference() + ",FAILED,");
        assertThatThrownBy(() -> test.people.as("admin", () -> bankResults.importResults(batch.id(), file)))
                .isInstanceOfSatisfying(BankResultRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BankResultProblem::row, BankResultProblem::column, BankResultProblem::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "reference", "batch.result.unknownReference"),
                                org.assertj.core.groups.Tuple.tuple(4, "reference", "batch.result.notInBatch"),
                                org.assertj.core.groups.Tuple.tuple(5, "status", "batch.result.badStatus"),
                                org.assertj.core.groups.Tuple.tuple(6, "reference", "batch.result.duplicate"),
                                org.assertj.core.groups.Tuple.tuple(7, "reference", "batch.result.duplicate"),
                                org.assertj.core.groups.Tuple.tuple(7, "reason", "batch.result.reasonRequired")));
        assertThat(test.state(good.id())).isEqualTo("IN_BATCH");
        assertThat(test.auditActions(good.id())).doesNotContain("PAY");
    }

    @Test
    void resultFileAsXlsxIsReadTheSameWay() {
        long programme = test.programme("5000.00");
        PayoutView good = approvedCash(programme, "100.00");
        BatchView batch = gatherAndSend();
        byte[] bad = Spreadsheets.write("结果", List.of("reference", "status", "reason"),
                List.of(List.of(good.reference(), "PAID", ""), List.of("PO-000000000", "PAID", "")));
        assertThatThrownBy(() -> test.people.as("admin", () -> bankResults.importResults(batch.id(), bad)))
                .isInstanceOfSatisfying(BankResultRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BankResultProblem::row).containsExactly(3));
        assertThat(test.state(good.id())).isEqualTo("IN_BATCH");
        byte[] ok = Spreadsheets.write("结果", List.of("reference", "status", "reason"),
                List.of(List.of(good.reference(), "paid", "")));
        assertThat(test.people.as("admin", () -> bankResults.importResults(batch.id(), ok)).paid()).isEqualTo(1);
        assertThat(test.state(good.id())).isEqualTo("PAID");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        long programme = test.programme("5000.00");
        approvedCash(programme, "100.00");
        BatchView batch = gatherAndSend();
        byte[] file = "\uFEFFref_no,amount\nX,1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> test.people.as("admin", () -> bankResults.importResults(batch.id(), file)))
                .isInstanceOfSatisfying(BankResultRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BankResultProblem::column).containsExactly("reference", "status"));
    }

    @Test
    void aGbkResultFileFromTheBanksWindowsToolKeepsItsChineseReason() {
        long programme = TestPayouts.freshId();
        test.source(programme, "1000.00");
        PayoutView paid = approvedCash(programme, "100.00");
        PayoutView failed = approvedCash(programme, "200.00");
        BatchView batch = gatherAndSend();
        byte[] gbk = ("参考号,状态,原因\r\n" + paid.reference() + ",PAID,\r\n" + failed.reference()
                + ",FAILED,账户已销户·请核实\r\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        BankResultOutcome outcome = test.people.as("admin", () -> bankResults.importResults(batch.id(), gbk));
        assertThat(outcome.paid()).isEqualTo(1);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select result_reason from disbursement_batch_item where payout_id = ?",
                String.class, failed.id())).isEqualTo("账户已销户·请核实");
    }

    @Test
    void anUndecodableOrTooLongResultFileIsRefusedAndNothingApplied() {
        long programme = TestPayouts.freshId();
        test.source(programme, "1000.00");
        PayoutView payout = approvedCash(programme, "100.00");
        BatchView batch = gatherAndSend();
        byte[] utf16 = ("reference,status,reason\n" + payout.reference() + ",FAILED,账户已销户\n")
                .getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> test.people.as("admin", () -> bankResults.importResults(batch.id(), utf16)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("file.text.undecodable"));
        assertThatThrownBy(() -> BankResults.parse(csv(payout.reference() + ",PAID,", "x,PAID,", "y,PAID,"), 2))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("batch.result.tooLong");
                    assertThat(e.args()).containsExactly("2");
                });
        assertThat(test.state(payout.id())).isEqualTo("IN_BATCH");
    }
}
