package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/** The bank file: the .xlsx amount is a number cell; the CSV keeps the bank's text form; formula-like text is quoted. */
class BankFileCellsIntegrationTests extends PayoutsTestSupport {

    @Test
    void theXlsxAmountIsANumberAndFormulaLikeNamesAreNeutralisedInBothFiles() throws Exception {
        long programme = test.programme("5000.00");
        PayoutView payout = test.approve("admin", test.proposeCash(programme, "1234.50").id());
        String name = "=HYPERLINK(\"http://x\")" + TestPayouts.freshId();
        jdbc.update("update worker set name = ? where id = (select payee_worker_id from payout where id = ?)", name,
                payout.id());
        BatchView gathered = test.people.as("admin", () -> batches.gather());
        BatchView batch = test.people.as("admin", () -> batches.send(gathered.id()));

        String csv = new String(test.people.as("admin", () -> batches.bankFileCsv(batch.id())), StandardCharsets.UTF_8);
        assertThat(csv).contains(",1234.50,");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain("," + "\"=HYPERLINK");

        byte[] xlsx = test.people.as("admin", () -> batches.bankFileXlsx(batch.id()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = null;
            for (Row r : sheet) {
                if (r.getCell(0).getStringCellValue().equals(payout.reference())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + name);
            Cell amount = row.getCell(5);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.50);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // the control row: count and total are numbers a finance office can check
            Row control = sheet.getRow(sheet.getLastRowNum());
            assertThat(control.getCell(0).getStringCellValue()).isEqualTo("CONTROL");
            assertThat(control.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(control.getCell(1).getNumericCellValue()).isEqualTo(batch.itemCount());
            assertThat(control.getCell(5).getNumericCellValue()).isEqualTo(batch.total().doubleValue());
        }
    }
}
