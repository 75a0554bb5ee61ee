package org.unionaid.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.excel.HostileWorkbooks;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/** Staff lists as employers really make them: GBK/GB18030 CSVs, names outside the BMP, long and hostile files. */
class StaffListFilesIntegrationTests extends IntegrationTestSupport {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Autowired
    People registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutualAidPlans plans;
    @Autowired
    Enrolments enrolments;

    @Autowired
    EnrolmentConfirmations confirmations;
    @Autowired
    StaffLists staffLists;
    @Autowired
    Claims claims;
    @Autowired
    Users users;

    TestPeople people;
    PlanView plan;

    @BeforeEach
    void setUp() {
        people = new TestPeople(registry, userDetails, jdbc);
        plan = new TestClaims(people, plans, enrolments, claims, users, jdbc, confirmations).plan(30, TestClaims.hospitalRule());
    }

    private ResultActions upload(String fileName, byte[] bytes, String language) throws Exception {
        return mvc.perform(multipart("/mutualaid/enrolments/upload")
                .file(new MockMultipartFile("file", fileName, "text/csv", bytes))
                .with(user(userDetails.loadUserByUsername("employer"))).with(csrf())
                .header("Accept-Language", language));
    }

    private String nameOfEnrolled(String nationalId) {
        return jdbc.queryForObject("select w.name from mutualaid_enrolment e join worker w on w.id = e.worker_id "
                + "where e.plan_id = ? and w.national_id_masked = ?", String.class, plan.id(),
                nationalId.substring(0, 4) + "**********" + nationalId.substring(14));
    }

    @Test
    void aGbkCsvFromExcelOnAChineseWindowsEnrolsTheWorkerWithTheRightName() throws Exception {
        String name = TestPeople.freshName("阿依古丽·买买提");
        String id = TestPeople.freshNationalId();
        byte[] csv = ("姓名,身份证号,电话,计划编号\r\n" + name + "," + id + ",13900000001," + plan.code() + "\r\n")
                .getBytes(GBK);
        upload("职工名单.csv", csv, "zh-CN").andExpect(status().is3xxRedirection());
        assertThat(nameOfEnrolled(id)).isEqualTo(name);
    }

    @Test
    void aGb18030CsvKeepsCharactersOutsideTheBmpAndTheNamesShowOnThePage() throws Exception {
        String outside = TestPeople.freshName("𠮷野");
        String dotted = TestPeople.freshName("阿依古丽·买买提");
        String first = TestPeople.freshNationalId();
        String second = TestPeople.freshNationalId();
        byte[] csv = ("姓名,身份证号,电话,计划编号\n" + outside + "," + first + ",," + plan.code() + "\n"
                + dotted + "," + second + ",," + plan.code() + "\n").getBytes(GB18030);
        upload("staff.csv", csv, "zh-CN").andExpect(status().is3xxRedirection());
        assertThat(nameOfEnrolled(first)).isEqualTo(outside);
        assertThat(nameOfEnrolled(second)).isEqualTo(dotted);
        mvc.perform(get("/mutualaid/enrolments").with(user(userDetails.loadUserByUsername("employer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(outside)))
                .andExpect(content().string(containsString(dotted)));
    }

    @Test
    void namesOutsideTheBmpSurviveAnXlsxListAndAUtf8CsvWithoutBom() throws Exception {
        String fromXlsx = TestPeople.freshName("𠮷田·");
        String fromCsv = TestPeople.freshName("𠮷川");
        String first = TestPeople.freshNationalId();
        String second = TestPeople.freshNationalId();
        byte[] xlsx = Spreadsheets.write("staff", List.of("姓名", "身份证号", "电话", "计划编号"),
                List.of(List.of(fromXlsx, first, "", plan.code())));
        mvc.perform(multipart("/mutualaid/enrolments/upload")
                        .file(new MockMultipartFile("file", "staff.xlsx", Spreadsheets.MEDIA_TYPE, xlsx))
                        .with(user(userDetails.loadUserByUsername("employer"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        upload("staff.csv", ("name,id,phone,plan\n" + fromCsv + "," + second + ",," + plan.code() + "\n")
                .getBytes(StandardCharsets.UTF_8), "en").andExpect(status().is3xxRedirection());
        assertThat(nameOfEnrolled(first)).isEqualTo(fromXlsx);
        assertThat(nameOfEnrolled(second)).isEqualTo(fromCsv);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithAMessageInTheUsersLanguageAndNobodyIsEnrolled() throws Exception {
        byte[] utf16 = ("姓名,身份证号,电话,计划编号\n张三," + TestPeople.freshNationalId() + ",," + plan.code() + "\n")
                .getBytes(StandardCharsets.UTF_16);
        upload("staff.csv", utf16, "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is neither UTF-8 nor GB18030/GBK")));
        upload("staff.csv", utf16, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("既不是 UTF-8 也不是 GB18030/GBK")));
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ?", Long.class,
                plan.id())).isZero();
    }

    @Test
    void aListLongerThanTheLimitIsRefusedUpFrontWithTheFigure() {
        StringBuilder csv = new StringBuilder("name,id,phone,plan\n");
        for (int i = 0; i < 4; i++) {
            csv.append(TestPeople.freshName("超")).append(',').append(TestPeople.freshNationalId()).append(",,")
                    .append(plan.code()).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> people.as("employer", () -> staffLists.importStaffList(bytes, "staff.csv", 3)))
                .isInstanceOfSatisfying(StaffListRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.key()).isEqualTo("enrolment.list.tooLong");
                            assertThat(p.args()).containsExactly("3");
                        }));
        byte[] xlsx = Spreadsheets.write("staff", List.of("a", "b", "c", "d"), List.of(
                List.of("1", "", "", ""), List.of("2", "", "", ""), List.of("3", "", "", ""), List.of("4", "", "", "")));
        assertThatThrownBy(() -> people.as("employer", () -> staffLists.importStaffList(xlsx, "staff.xlsx", 3)))
                .isInstanceOfSatisfying(StaffListRejectedException.class,
                        e -> assertThat(e.problems().get(0).key()).isEqualTo("enrolment.list.tooLong"));
        assertThat(jdbc.queryForObject("select count(*) from mutualaid_enrolment where plan_id = ?", Long.class,
                plan.id())).isZero();
    }

    @Test
    void aZipBombStaffListIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(multipart("/mutualaid/enrolments/upload")
                        .file(new MockMultipartFile("file", "staff.xlsx", Spreadsheets.MEDIA_TYPE,
                                HostileWorkbooks.zipBomb(200)))
                        .with(user(userDetails.loadUserByUsername("employer"))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unpacks to more than 100 MB")));
    }
}
