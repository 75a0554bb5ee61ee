package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.payouts.domain.DisbursementBatch;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/** A sent batch is a record of what went to the bank: its files are written once and never change. */
class FrozenBankFileIntegrationTests extends PayoutsTestSupport {

    @Test
    void theFilesAsSentAreReturnedByteForByteWhateverChangesAfterwards() {
        long programme = test.programme("1000.00");
        PayoutView p = test.approve("admin", test.proposeCash(programme, "234.56").id());
        BatchView gathered = test.people.as("admin", () -> batches.gather());
        BatchView sent = test.people.as("admin", () -> batches.send(gathered.id()));
        assertThat(sent.state()).isEqualTo(BatchState.SENT);
        assertThat(sent.sentBy()).isEqualTo("admin");
        assertThat(sent.sentAt()).isNotNull();

        byte[] csv = test.people.as("admin", () -> batches.bankFileCsv(sent.id()));
        byte[] xlsx = test.people.as("admin", () -> batches.bankFileXlsx(sent.id()));
        assertThat(DisbursementBatch.sha256(csv)).isEqualTo(sent.csvSha256());
        assertThat(DisbursementBatch.sha256(xlsx)).isEqualTo(sent.xlsxSha256());
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(p.reference() + "," + p.payeeName() + "," + p.payeeName() + ",中国工商银行西安雁塔支行,"
                + TestPeople.VALID_CARD + ",234.56,测试补助");
        // a control row with the count and total of the file
        List<String> lines = text.lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("CONTROL," + sent.itemCount() + ",,,,"
                + sent.total().setScale(2).toPlainString() + "," + sent.reference());
        List<List<String>> sheet = Spreadsheets.read(xlsx, 10_000);
        assertThat(sheet.get(sheet.size() - 1).get(0)).isEqualTo("CONTROL");

        // the payee's account changes after the file was sent: the payout stays at the bank, the file is unchanged
        test.people.changeAccount("caseworker", p.payeeWorkerId(), "中国银行西安分行", "新户名",
                PayableAccountsIntegrationTests.OTHER_CARD);
        assertThat(test.state(p.id())).isEqualTo("IN_BATCH");
        assertThat(test.people.as("admin", () -> batches.bankFileCsv(sent.id()))).isEqualTo(csv);
        assertThat(test.people.as("admin", () -> batches.bankFileXlsx(sent.id()))).isEqualTo(xlsx);
        assertThat(new String(test.people.as("admin", () -> batches.bankFileCsv(sent.id())), StandardCharsets.UTF_8))
                .doesNotContain(PayableAccountsIntegrationTests.OTHER_CARD);
        // the page shows the rows as sent
        BatchView.Line line = test.people.as("admin", () -> batches.get(sent.id())).lines().stream()
                .filter(l -> l.payoutId() == p.id()).findFirst().orElseThrow();
        assertThat(line.accountHolder()).isEqualTo(p.payeeName());
        assertThat(line.bankName()).isEqualTo("中国工商银行西安雁塔支行");
        assertThat(line.bankAccountMasked()).isEqualTo("****2337");

        // it is sent once; every download is audited with the hash
        assertThatThrownBy(() -> test.people.as("admin", () -> batches.send(sent.id())))
                .extracting("code").isEqualTo("batch.send.alreadySent");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'DisbursementBatch' and entity_id = ?
                   and action = 'DOWNLOAD_BANK_FILE' and after_value ->> 'sha256' = ?""", Long.class,
                String.valueOf(sent.id()), sent.csvSha256())).isEqualTo(3);
        // the stored file is encrypted in its column
        String stored = jdbc.queryForObject("select csv_enc from disbursement_batch where id = ?", String.class,
                sent.id());
        assertThat(stored).doesNotContain(TestPeople.VALID_CARD).doesNotContain(
                java.util.Base64.getEncoder().encodeToString(csv).substring(0, 20));
    }

    @Test
    void theResultImportMatchesOnlyTheRowsAsSent() {
        long programme = test.programme("1000.00");
        PayoutView sentRow = test.approve("admin", test.proposeCash(programme, "40.00").id());
        BatchView batch = test.people.as("admin", () -> batches.send(test.people.as("admin", () -> batches.gather()).id()));
        // a payout approved after the batch was sent is not in its file
        PayoutView later = test.approve("admin", test.proposeCash(programme, "50.00").id());
        byte[] file = ("reference,status,reason\n" + sentRow.reference() + ",PAID,\n" + later.reference() + ",PAID,\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> test.people.as("admin", () -> bankResults.importResults(batch.id(), file)))
                .isInstanceOf(BankResultRejectedException.class)
                .satisfies(e -> assertThat(((BankResultRejectedException) e).problems())
                        .anySatisfy(pr -> assertThat(pr.messageKey()).isEqualTo("batch.result.notInBatch")));
        assertThat(test.state(sentRow.id())).isEqualTo("IN_BATCH");
        assertThat(test.state(later.id())).isEqualTo("APPROVED");
    }
}
