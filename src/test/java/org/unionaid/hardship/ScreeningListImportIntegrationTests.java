package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;

class ScreeningListImportIntegrationTests extends IntegrationTestSupport {

    private static final List<String> HEADER = List.of("姓名", "身份证号", "电话", "住址", "困难情况", "工会代码");

    @Autowired
    UserDetailsService users;

    @Test
    void aValidListBecomesOneLeadPerRow() throws Exception {
        String a = TestPeople.freshName("名单");
        String b = TestPeople.freshName("名单");
        byte[] file = Spreadsheets.write("名单", HEADER, List.of(
                List.of(a, TestPeople.freshNationalId(), "13800000001", "雁塔路1号", "患病", "SN-XA-YT"),
                List.of("", "", "", "", "", ""),
                List.of(b, "", "", "", "下岗", "SN-XA-YT-KD")));

        upload(file).andExpect(redirectedUrl("/leads?source=IMPORT"));

        assertThat(jdbc.queryForList("select source from lead where person_name in (?, ?)", String.class, a, b))
                .containsExactly("IMPORT", "IMPORT");
    }

    @Test
    void anyBadRowImportsNothingAndEveryProblemIsListedWithRowAndColumn() throws Exception {
        String good = TestPeople.freshName("名单");
        String second = TestPeople.freshName("名单");
        String id = TestPeople.freshNationalId();
        byte[] file = Spreadsheets.write("名单", HEADER, List.of(
                List.of(good, id, "", "", "患病", "SN-XA-YT"),
                List.of("", "110101199002301234", "", "", "患病", "SN-XA-YT"),
                List.of(second, id, "", "", "患病", "SN-BJ-WB")));

        upload(file)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing from list.xlsx was imported: 4 problem(s)")))
                .andExpect(content().string(containsString("<td>3</td>\n                    <td>Name</td>\n"
                        + "                    <td>Required.</td>")))
                .andExpect(content().string(containsString("is not a real date")))
                .andExpect(content().string(containsString("The same national ID is already in row 2.")))
                .andExpect(content().string(containsString("No union with the code SN-BJ-WB in your scope.")));

        assertThat(jdbc.queryForObject("select count(*) from lead where person_name in (?, ?)", Integer.class,
                good, second)).isZero();
    }

    @Test
    void aFileThatIsNotAWorkbookIsExplained() throws Exception {
        mvc.perform(multipart("/leads/import")
                        .file(new MockMultipartFile("file", "list.xlsx", Spreadsheets.MEDIA_TYPE,
                                "name,id\n".getBytes(StandardCharsets.UTF_8)))
                        .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("This file is not an Excel workbook")));
    }

    @Test
    void templateHasTheHeadersInTheUsersLanguage() throws Exception {
        byte[] template = mvc.perform(get("/leads/import/template.xlsx")
                        .with(user(users.loadUserByUsername("caseworker"))).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.read(template, 10)).containsExactly(HEADER);
    }

    @Test
    void theCaseworkerFindsTheUnionCodesOfTheirSubtreeInTheTemplateAndOnThePageAndAnEmptyCodeIsTheirOwnUnion()
            throws Exception {
        byte[] template = mvc.perform(get("/leads/import/template.xlsx")
                        .with(user(users.loadUserByUsername("caseworker"))).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> codes = new java.util.ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            var sheet = workbook.getSheetAt(1);
            assertThat(sheet.getSheetName()).isEqualTo("工会代码");
            for (var row : sheet) {
                codes.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue()));
            }
        }
        assertThat(codes.get(0)).containsExactly("工会代码", "工会");
        assertThat(codes).contains(List.of("SN-XA-YT", "雁塔区总工会"))
                .anySatisfy(r -> assertThat(r.get(0)).isEqualTo("SN-XA-YT-KD"))
                .noneSatisfy(r -> assertThat(r.get(0)).isEqualTo("SN-BJ-WB"))
                .noneSatisfy(r -> assertThat(r.get(0)).isEqualTo("SN-XA"));

        mvc.perform(get("/leads/import").with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("可填写的工会代码")))
                .andExpect(content().string(containsString("<code>SN-XA-YT-KD</code>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<code>SN-BJ-WB</code>"))));

        String name = TestPeople.freshName("名单");
        upload(Spreadsheets.write("名单", HEADER, List.of(List.of(name, "", "", "", "患病", ""))))
                .andExpect(redirectedUrl("/leads?source=IMPORT"));
        assertThat(jdbc.queryForObject("select b.code from lead l join branch b on b.id = l.branch_id "
                + "where l.person_name = ?", String.class, name)).isEqualTo("SN-XA-YT");
    }

    @Test
    void exportHoldsExactlyTheRowsTheFilterShows() throws Exception {
        String a = TestPeople.freshName("导出");
        byte[] file = Spreadsheets.write("名单", HEADER, List.of(List.of(a, "", "", "", "患病", "SN-XA-YT")));
        upload(file).andExpect(redirectedUrl("/leads?source=IMPORT"));

        byte[] export = mvc.perform(get("/leads/export.xlsx").param("source", "IMPORT").param("state", "NEW")
                        .with(user(users.loadUserByUsername("caseworker"))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Spreadsheets.read(export, 20_000);
        Integer expected = jdbc.queryForObject("""
                select count(*) from lead where source = 'IMPORT' and state = 'NEW'
                   and branch_id in (select id from branch where path like
                       (select path from branch where code = 'SN-XA-YT') || '%')""", Integer.class);
        assertThat(rows).hasSize(expected + 1);
        assertThat(rows.get(0)).startsWith("Person", "National ID number (if known)");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(a));
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(5)).isEqualTo("Imported screening list"));

        byte[] other = mvc.perform(get("/leads/export.xlsx").param("source", "IMPORT")
                        .with(user(users.loadUserByUsername("caseworker2"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.read(other, 20_000)).noneSatisfy(r -> assertThat(r).startsWith(a));
    }

    @Autowired
    ScreeningListImport screeningList;

    @Test
    void namesOutsideTheBmpAndWithAMiddleDotSurviveImportListAndExport() throws Exception {
        String outside = TestPeople.freshName("𠮷野");
        String dotted = TestPeople.freshName("阿依古丽·买买提");
        byte[] file = Spreadsheets.write("名单", HEADER, List.of(
                List.of(outside, "", "", "", "患病", "SN-XA-YT"), List.of(dotted, "", "", "", "下岗", "SN-XA-YT")));
        upload(file).andExpect(redirectedUrl("/leads?source=IMPORT"));
        assertThat(jdbc.queryForList("select person_name from lead where person_name in (?, ?) order by id",
                String.class, outside, dotted)).containsExactly(outside, dotted);
        mvc.perform(get("/leads").param("source", "IMPORT").with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(outside)))
                .andExpect(content().string(containsString(dotted)));
        byte[] export = mvc.perform(get("/leads/export.xlsx").param("source", "IMPORT")
                        .with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Spreadsheets.read(export, 20_000);
        assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(outside));
        assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(dotted));
    }

    @Test
    void aListLongerThanTheLimitIsRefusedUpFrontWithTheFigureAndNothingImported() {
        String name = TestPeople.freshName("超限");
        byte[] file = Spreadsheets.write("名单", HEADER, List.of(
                List.of(name, "", "", "", "患病", "SN-XA-YT"), List.of(name, "", "", "", "患病", "SN-XA-YT"),
                List.of(name, "", "", "", "患病", "SN-XA-YT")));
        ScreeningListImport.Outcome outcome = org.unionaid.support.SignedIn.as(users, "caseworker",
                () -> screeningList.importFile(file, 2));
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.error.tooManyRows");
            assertThat(p.args()).containsExactly("2");
        });
        assertThat(messages.getMessage(outcome.problems().get(0).messageKey(), outcome.problems().get(0).args(),
                java.util.Locale.ENGLISH)).isEqualTo("The file has more than 2 rows; split it into smaller files.");
        assertThat(jdbc.queryForObject("select count(*) from lead where person_name = ?", Integer.class, name)).isZero();
        assertThat(org.unionaid.support.SignedIn.as(users, "caseworker", () -> screeningList.importFile(file, 3))
                .succeeded()).isTrue();
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aZipBombIsRefusedWithAClearMessage() throws Exception {
        upload(org.unionaid.shared.excel.HostileWorkbooks.zipBomb(200))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unpacks to more than 100 MB")));
    }

    @Test
    void aWorkbookWithAnExternalEntityIsRefusedAndTheEntityNotRead() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("unionaid-xxe-", ".txt");
        java.nio.file.Files.writeString(secret, "SECRET-CONTENT");
        try {
            upload(org.unionaid.shared.excel.HostileWorkbooks.externalEntity(secret))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("This file is not an Excel workbook")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("SECRET-CONTENT"))));
        } finally {
            java.nio.file.Files.deleteIfExists(secret);
        }
    }

    @Test
    void onlyCaseworkersImport() throws Exception {
        mvc.perform(get("/leads/import").with(user(users.loadUserByUsername("volunteer"))))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/leads/import")
                .file(new MockMultipartFile("file", "list.xlsx", Spreadsheets.MEDIA_TYPE, file))
                .with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                .header("Accept-Language", "en"));
    }
}
