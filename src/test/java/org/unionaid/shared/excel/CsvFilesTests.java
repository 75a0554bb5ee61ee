package org.unionaid.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.unionaid.shared.excel.TableReadException.Reason;

class CsvFilesTests {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

    @Test
    void gbkAsExcelWritesItOnAChineseWindowsIsReadAsChinese() {
        byte[] bytes = "姓名,身份证号\n张三丰,110101199001011237\n".getBytes(GBK);
        assertThat(CsvFiles.charsetOf(bytes)).isEqualTo(GB18030);
        assertThat(CsvFiles.rows(bytes, FORMAT, 10)).containsExactly(List.of("姓名", "身份证号"),
                List.of("张三丰", "110101199001011237"));
    }

    @Test
    void shortGbkTextIsNotTakenForUtf8() {
        // two characters only: the case where statistical detectors guess wrong
        assertThat(CsvFiles.decode("王伟".getBytes(GBK))).isEqualTo("王伟");
        assertThat(CsvFiles.decode("欧阳".getBytes(GBK))).isEqualTo("欧阳");
    }

    @Test
    void gb18030KeepsCharactersOutsideTheBmpAndTheMiddleDot() {
        String names = "𠮷野家,阿依古丽·买买提\n";
        byte[] bytes = names.getBytes(GB18030);
        assertThat(CsvFiles.charsetOf(bytes)).isEqualTo(GB18030);
        assertThat(CsvFiles.rows(bytes, FORMAT, 10)).containsExactly(List.of("𠮷野家", "阿依古丽·买买提"));
    }

    @Test
    void utf8WithAndWithoutBomIsUtf8AndTheBomIsDropped() {
        String text = "𠮷野家,阿依古丽·买买提\n";
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(CsvFiles.charsetOf(plain)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvFiles.rows(plain, FORMAT, 10)).containsExactly(List.of("𠮷野家", "阿依古丽·买买提"));
        assertThat(CsvFiles.rows(bom, FORMAT, 10)).containsExactly(List.of("𠮷野家", "阿依古丽·买买提"));
        assertThat(CsvFiles.decode(bom)).isEqualTo(text);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefused() {
        byte[] utf16 = "姓名,电话\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        byte[] ascii16 = "name,phone\n".getBytes(StandardCharsets.UTF_16LE); // valid UTF-8, but full of NULs
        byte[] garbage = {(byte) 0xFF, (byte) 0xFF, 'a', ',', (byte) 0x80, '\n'};
        for (byte[] bytes : List.of(withBom, ascii16, garbage)) {
            assertThatThrownBy(() -> CsvFiles.rows(bytes, FORMAT, 10))
                    .isInstanceOfSatisfying(TableReadException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE);
                        assertThat(e.messageKey()).isEqualTo("file.text.undecodable");
                    });
        }
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWithTheFigureWithoutReadingFurther() {
        StringBuilder csv = new StringBuilder("name,id\n");
        for (int i = 0; i < 5; i++) {
            csv.append("张").append(i).append(",x\n");
        }
        csv.append("\"unclosed quote, never reached\n");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        // within the limit the broken last record is read (and refuses the file) ...
        assertThatThrownBy(() -> CsvFiles.rows(bytes, FORMAT, 5))
                .isInstanceOfSatisfying(TableReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_TABLE));
        // ... past the limit reading stops at the first row too many and never gets there
        assertThatThrownBy(() -> CsvFiles.rows(bytes, FORMAT, 4))
                .isInstanceOfSatisfying(TableReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
                    assertThat(e.limit()).isEqualTo(4);
                });
        assertThat(new TableReadException(Reason.TOO_MANY_ROWS, 50_000, "").args()).containsExactly("50,000");
    }

    @Test
    void anUnclosedQuoteIsNotATable() {
        byte[] bytes = "name,id\n\"张三,1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFiles.rows(bytes, FORMAT, 10))
                .isInstanceOfSatisfying(TableReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_TABLE));
    }
}
