package org.unionaid.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.payouts.AidPurpose;
import org.unionaid.payouts.BenefitLedger;
import org.unionaid.payouts.BenefitLedgerView;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.LedgerKind;
import org.unionaid.payouts.OutsideAidKind;
import org.unionaid.payouts.PayoutState;
import org.unionaid.payouts.Payouts;
import org.unionaid.payouts.RecordOutsideAid;
import org.unionaid.people.People;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * A household's benefit ledger: union payouts of every origin and recorded outside aid with evidence, totals per
 * year and kind, who may read it (the worker, staff of the subtree), its export and API; and the two programme
 * rules that read it ("at most N awards of a kind per period", "not if funded elsewhere for the same need").
 */
class BenefitLedgerIntegrationTests extends IntegrationTestSupport {

    static final byte[] PNG = png();

    static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired People people;
    @Autowired org.unionaid.people.Households households;
    @Autowired UserDetailsService users;
    @Autowired Users accounts;
    @Autowired HardshipFiles files;
    @Autowired Programmes programmes;
    @Autowired Applications applications;
    @Autowired Funding funding;
    @Autowired Payouts payouts;
    @Autowired BenefitLedger ledger;

    TestProgrammes test;

    @BeforeEach
    void setUp() {
        test = new TestProgrammes(new TestPeople(people, users, jdbc), people, households, files, programmes, applications,
                funding, jdbc);
    }

    private ApplicationView award(ProgrammeView programme, long worker, boolean pay) {
        ApplicationView nominated = test.nominate(programme.id(), worker, null, List.of());
        test.people.as("caseworker", () -> applications.recommend(nominated.id(), "符合条件"));
        ApplicationView approved = test.people.as("admin", () -> applications.approve(nominated.id(), "同意", true));
        if (pay) {
            test.people.as("admin2", () -> payouts.approve(approved.payoutId()));
            test.people.as("caseworker", () -> payouts.markDelivered(approved.payoutId(), Today.date(), "李师傅"));
        }
        return approved;
    }

    private long outside(long worker, AidPurpose purpose, String provider, String amount) {
        return test.people.as("caseworker", () -> ledger.recordOutsideAid(new RecordOutsideAid(worker,
                OutsideAidKind.GOVERNMENT_ASSISTANCE, purpose, provider, "2026 年度", new BigDecimal(amount),
                Today.date().minusDays(3), "decision.png", PNG)));
    }

    @Test
    void theLedgerHoldsEveryPayoutAndOutsideAidWithTotalsForTheWorkerAndTheStaffOfTheSubtreeOnly() throws Exception {
        ProgrammeView goods = test.create(TestProgrammes.inKind("台账送温暖", false, "米面油", "500.00", 10));
        test.fund(goods.id(), "5000.00");
        ProgrammeView cash = test.create(TestProgrammes.cash("台账补助", List.of(), List.of(), List.of(), "800.00"));
        test.fund(cash.id(), "5000.00");
        long worker = test.worker(50);
        ApplicationView paid = award(goods, worker, true);
        ApplicationView proposed = award(cash, worker, false);
        long aid = outside(worker, AidPurpose.LIVING, "雁塔区民政局", "1200.00");

        BenefitLedgerView view = test.people.as("caseworker", () -> ledger.ledger(worker));
        assertThat(view.entries()).extracting(LedgerEntry -> LedgerEntry.payoutId())
                .contains(paid.payoutId(), proposed.payoutId());
        assertThat(view.entries()).filteredOn(e -> e.outsideAidId() != null).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LedgerKind.GOVERNMENT_ASSISTANCE);
            assertThat(e.amount()).isEqualByComparingTo("1200.00");
            assertThat(e.evidenceDocumentId()).isNotNull();
        });
        assertThat(view.entries()).filteredOn(e -> paid.payoutId().equals(e.payoutId())).singleElement()
                .satisfies(e -> {
                    assertThat(e.state()).isEqualTo(PayoutState.PAID);
                    assertThat(e.programmeName()).isEqualTo(goods.name());
                    assertThat(e.funders()).contains("工会经费");
                    assertThat(e.counted()).isTrue();
                });
        int year = Today.date().getYear();
        // the proposed payout is listed but not counted
        assertThat(view.totals()).filteredOn(t -> t.year() == year && t.kind() == LedgerKind.PROGRAMME)
                .singleElement().satisfies(t -> {
                    assertThat(t.entries()).isOne();
                    assertThat(t.amount()).isEqualByComparingTo("500.00");
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'OutsideAid' "
                + "and entity_id = ? and action = 'RECORD'", Integer.class, String.valueOf(aid))).isOne();

        // the worker reads their own; staff of another city get not found, pages and API alike
        String username = "ledger" + System.nanoTime();
        accounts.create(new CreateUser(username, "test-password-123", username, test.people.branch("SN-XA-YT"),
                Set.of(Role.WORKER), null, worker));
        String mine = mvc.perform(get("/me/benefits").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("ledger-payout-" + paid.payoutId()).contains("ledger-outside-" + aid)
                .contains("雁塔区民政局");
        mvc.perform(get("/workers/{id}/benefits", worker).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/benefit-ledger").param("workerId", String.valueOf(worker))
                .with(httpBasic("caseworker2", "unionaid-demo"))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/benefit-ledger").param("workerId", String.valueOf(worker))
                        .with(httpBasic("caseworker", "unionaid-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("\"outsideAidId\":" + aid).contains("\"kind\":\"GOVERNMENT_ASSISTANCE\"");
        long evidence = view.entries().stream().filter(e -> e.outsideAidId() != null).findFirst().orElseThrow()
                .evidenceDocumentId();
        mvc.perform(get("/documents/{id}", evidence).with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk());
        mvc.perform(get("/documents/{id}", evidence).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());

        // the export: one row per entry
        byte[] xlsx = mvc.perform(get("/workers/{id}/benefits.xlsx", worker)
                        .with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + view.entries().size());
            boolean found = false;
            for (Row row : sheet) {
                found |= row.getCell(2) != null && row.getCell(2).toString().contains("雁塔区民政局");
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void outsideAidIsRecordedOnTheHouseholdPageAndBadInputKeepsWhatWasTyped() throws Exception {
        long worker = test.worker(40);
        String refused = mvc.perform(multipart("/workers/{id}/benefits/outside-aid", worker)
                        .param("kind", "OTHER_ORGANISATION").param("purpose", "MEDICAL").param("provider", "慈善总会")
                        .param("amount", "0").param("receivedOn", Today.date().toString()).with(csrf())
                        .with(user(users.loadUserByUsername("caseworker"))).header("Accept-Language", "zh-CN"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请输入大于零的金额").contains("慈善总会");
        assertThat(jdbc.queryForObject("select count(*) from outside_aid where worker_id = ?", Integer.class, worker))
                .isZero();
        mvc.perform(multipart("/workers/{id}/benefits/outside-aid", worker)
                        .file(new MockMultipartFile("evidence", "receipt.png", "image/png", PNG))
                        .param("kind", "OTHER_ORGANISATION").param("purpose", "MEDICAL").param("provider", "慈善总会")
                        .param("amount", "2,000").param("receivedOn", Today.date().toString()).with(csrf())
                        .with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(redirectedUrl("/workers/" + worker + "/benefits"));
        assertThat(jdbc.queryForObject("select amount from outside_aid where worker_id = ?", BigDecimal.class, worker))
                .isEqualByComparingTo("2000.00");
        // an auditor reads the page but cannot record
        mvc.perform(get("/workers/{id}/benefits", worker).with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk());
        mvc.perform(multipart("/workers/{id}/benefits/outside-aid", worker).param("kind", "OTHER_ORGANISATION")
                        .param("purpose", "MEDICAL").param("provider", "x").param("amount", "1")
                        .param("receivedOn", Today.date().toString()).with(csrf())
                        .with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void atMostNAwardsOfAKindPerPeriodCountsTheLedgerAndCitesIt() {
        ProgrammeView first = test.create(TestProgrammes.inKind("年度送温暖一", false, "米面油", "300.00", 10));
        test.fund(first.id(), "3000.00");
        ProgrammeDetails onceAYear = TestProgrammes.inKind("年度送温暖二", false, "棉被", "300.00", 10);
        ProgrammeView second = test.create(new ProgrammeDetails(onceAYear.name(), onceAYear.kind(), 0, "",
                onceAYear.periodStart(), onceAYear.periodEnd(), onceAYear.applyFrom(), onceAYear.applyTo(),
                onceAYear.whoMayApply(), onceAYear.form(), false, null, onceAYear.item(), onceAYear.unitValue(),
                onceAYear.stock(), 1, List.of(EligibilityRule.range(RuleType.MAX_AWARDS_PER_PERIOD, 1, 12)),
                List.of(), List.of()));
        test.fund(second.id(), "3000.00");
        long helped = test.worker(55);
        long other = test.worker(55);
        award(first, helped, false);

        ApplicationView refused = test.nominate(second.id(), helped, null, List.of());
        assertThat(refused.eligible()).isFalse();
        assertThat(refused.results()).filteredOn(r -> r.rule().equals("MAX_AWARDS_PER_PERIOD")).singleElement()
                .satisfies(r -> {
                    assertThat(r.passed()).isFalse();
                    assertThat(r.reasonKey()).isEqualTo("programme.rule.awards.fail");
                    assertThat(r.reasonArgs()).containsExactly("1", "12", "1");
                });
        assertThat(test.nominate(second.id(), other, null, List.of()).eligible()).isTrue();
    }

    @Test
    void notIfFundedElsewhereReadsOutsideAidOfTheSamePurposeAndOtherProgrammesOfTheKind() {
        ProgrammeDetails base = TestProgrammes.cash("助学不重复", List.of(), List.of(), List.of(), "2000.00");
        ProgrammeView studentAid = test.create(new ProgrammeDetails(base.name(), ProgrammeKind.STUDENT_AID, 0, "",
                base.periodStart(), base.periodEnd(), base.applyFrom(), base.applyTo(), base.whoMayApply(),
                base.form(), false, base.baseAmount(), null, null, null, 1,
                List.of(EligibilityRule.range(RuleType.NOT_FUNDED_ELSEWHERE, null, 12)), List.of(), List.of()));
        test.fund(studentAid.id(), "10000.00");
        long fundedByGovernment = test.worker(45);
        long child = test.child(fundedByGovernment, SchoolStage.UNIVERSITY).id();
        outside(fundedByGovernment, AidPurpose.SCHOOLING, "区教育局助学金", "3000.00");
        long medicalOnly = test.worker(45);
        long child2 = test.child(medicalOnly, SchoolStage.UNIVERSITY).id();
        outside(medicalOnly, AidPurpose.MEDICAL, "医疗救助", "3000.00");

        ApplicationView refused = test.nominate(studentAid.id(), fundedByGovernment, child, List.of());
        assertThat(refused.eligible()).isFalse();
        assertThat(refused.results()).filteredOn(r -> r.rule().equals("NOT_FUNDED_ELSEWHERE")).singleElement()
                .satisfies(r -> {
                    assertThat(r.reasonKey()).isEqualTo("programme.rule.elsewhere.fail");
                    assertThat(String.join(" ", r.reasonArgs())).contains("区教育局助学金").contains("3000.00");
                });
        assertThat(test.nominate(studentAid.id(), medicalOnly, child2, List.of()).eligible()).isTrue();
    }
}
