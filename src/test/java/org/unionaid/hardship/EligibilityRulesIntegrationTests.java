package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.EligibilityRules.NewRuleSet;
import org.unionaid.hardship.RuleSetView.Exclusion;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

class EligibilityRulesIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger REGIONS = new AtomicInteger(10);

    @Autowired
    EligibilityRules rules;

    @Autowired
    UserDetailsService users;

    /** A fresh province code (99xx00 / 99xx01) per test, so tests never share rule sets. */
    private String province;
    private String district;

    @BeforeEach
    void region() {
        int n = REGIONS.incrementAndGet();
        province = "99" + n + "00";
        district = "99" + n + "01";
    }

    @Test
    void theStandardInForceOnTheFilingDateDecidesTheCategory() {
        create(province, LocalDate.of(2024, 1, 1), "700.00", List.of());
        create(province, LocalDate.of(2025, 7, 1), "800.00", List.of());

        EligibilityAssessment before = assess(district, LocalDate.of(2025, 6, 30), "750.00", false);
        assertThat(before.suggestedCategory()).isEqualTo(HardshipCategory.RELATIVE);
        assertThat(before.minLivingStandard()).isEqualByComparingTo("700.00");
        assertThat(before.reasonArgs()).containsExactly("750.00", "1400.00", "2.00", "700.00");

        EligibilityAssessment after = assess(district, LocalDate.of(2025, 7, 1), "750.00", false);
        assertThat(after.suggestedCategory()).isEqualTo(HardshipCategory.DEEP);
        assertThat(after.minLivingStandard()).isEqualByComparingTo("800.00");
        assertThat(after.ruleValidFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void earlierRuleSetEndsTheDayBeforeItsSuccessorStarts() {
        create(province, LocalDate.of(2024, 1, 1), "700.00", List.of());
        create(province, LocalDate.of(2025, 7, 1), "800.00", List.of());
        assertThat(jdbc.queryForObject("select valid_to from eligibility_rule_set where region_code = ? "
                + "and valid_from = date '2024-01-01'", LocalDate.class, province)).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> create(province, LocalDate.of(2025, 3, 1), "750.00", List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("eligibility.rule.notAfterLatest"));
    }

    @Test
    void suddenHardshipOrCostsAboveTheShareMakeAnAccidentCaseWhateverTheIncome() {
        create(province, LocalDate.of(2025, 1, 1), "800.00", List.of());
        assertThat(assess(district, LocalDate.of(2025, 9, 1), "5000.00", true).suggestedCategory())
                .isEqualTo(HardshipCategory.ACCIDENT);

        EligibilityAssessment costs = rules.assess(new EligibilityInput(district, LocalDate.of(2025, 9, 1),
                new BigDecimal("3000.00"), new BigDecimal("100000.00"), new BigDecimal("80000.00"), false, Set.of()));
        assertThat(costs.suggestedCategory()).isEqualTo(HardshipCategory.ACCIDENT);
        assertThat(costs.reasonKey()).isEqualTo("eligibility.reason.costShare");
        assertThat(costs.reasonArgs()).containsExactly("80000.00", "80", "100000.00");

        EligibilityAssessment none = rules.assess(new EligibilityInput(district, LocalDate.of(2025, 9, 1),
                new BigDecimal("3000.00"), new BigDecimal("100000.00"), new BigDecimal("79999.99"), false, Set.of()));
        assertThat(none.suggestedCategory()).isNull();
        assertThat(none.eligible()).isFalse();
    }

    @Test
    void incomeExactlyAtTheLineIsNotBelowIt() {
        create(province, LocalDate.of(2025, 1, 1), "800.00", List.of());
        assertThat(assess(district, LocalDate.of(2025, 2, 1), "799.99", false).suggestedCategory())
                .isEqualTo(HardshipCategory.DEEP);
        assertThat(assess(district, LocalDate.of(2025, 2, 1), "800.00", false).suggestedCategory())
                .isEqualTo(HardshipCategory.RELATIVE);
        assertThat(assess(district, LocalDate.of(2025, 2, 1), "1600.00", false).suggestedCategory()).isNull();
    }

    @Test
    void anExclusionAnsweredYesBlocksFilingWithItsCode() {
        create(province, LocalDate.of(2025, 1, 1), "800.00",
                List.of(new Exclusion("SECOND_HOME", "第二套住房", "Second home")));
        EligibilityAssessment blocked = rules.assess(new EligibilityInput(district, LocalDate.of(2025, 2, 1),
                new BigDecimal("300.00"), new BigDecimal("20000"), BigDecimal.ZERO, false, Set.of("SECOND_HOME")));
        assertThat(blocked.suggestedCategory()).isEqualTo(HardshipCategory.DEEP);
        assertThat(blocked.blockingExclusions()).containsExactly("SECOND_HOME");
        assertThat(blocked.eligible()).isFalse();
    }

    @Test
    void noRulesForTheRegionOrDateIsExplained() {
        create(province, LocalDate.of(2025, 1, 1), "800.00", List.of());
        assertThatThrownBy(() -> assess(district, LocalDate.of(2024, 12, 31), "100.00", false))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("eligibility.noRuleSet"));
    }

    @Test
    void adminCreatesARuleSetThroughTheFormAndBadInputIsExplainedAndKept() throws Exception {
        mvc.perform(post("/hardship/eligibility-rules").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .header("Accept-Language", "en")
                        .param("regionCode", "61A")
                        .param("regionName", "测试地区")
                        .param("validFrom", "2026-01-01")
                        .param("minLivingStandard", "-5")
                        .param("deepMultiplier", "1").param("relativeMultiplier", "2").param("accidentCostShare", "0.8")
                        .param("noticeDays", "7").param("monitoringMonths", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The region code has 6 digits")))
                .andExpect(content().string(containsString("The standard must be above zero.")))
                .andExpect(content().string(containsString("value=\"测试地区\"")));

        mvc.perform(post("/hardship/eligibility-rules").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("regionCode", province).param("regionName", "测试省")
                        .param("validFrom", "2026-01-01").param("minLivingStandard", "900.50")
                        .param("deepMultiplier", "1").param("relativeMultiplier", "2").param("accidentCostShare", "0.8")
                        .param("noticeDays", "10").param("monitoringMonths", "12")
                        .param("exclusionsText", "SECOND_HOME|有第二套住房|Owns a second home"))
                .andExpect(redirectedUrl("/hardship/eligibility-rules"));
        assertThat(jdbc.queryForObject("select min_living_standard from eligibility_rule_set where region_code = ?",
                BigDecimal.class, province)).isEqualByComparingTo("900.50");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'EligibilityRuleSet' "
                + "and actor = 'admin'", Integer.class)).isPositive();

        mvc.perform(get("/hardship/eligibility-rules").with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试省")));
    }

    @Test
    void caseworkerMayReadButNotAddRules() throws Exception {
        mvc.perform(post("/hardship/eligibility-rules").with(user(users.loadUserByUsername("caseworker"))).with(csrf())
                        .param("regionCode", province).param("regionName", "x").param("validFrom", "2026-01-01")
                        .param("minLivingStandard", "900"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/hardship/eligibility-rules").with(user(users.loadUserByUsername("volunteer"))))
                .andExpect(status().isForbidden());
    }

    private void create(String region, LocalDate from, String standard, List<Exclusion> exclusions) {
        SignedIn.run(users, "admin", () -> rules.create(new NewRuleSet(region, "测试 " + region, from,
                new BigDecimal(standard), BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("0.80"), 7, 12,
                exclusions)));
    }

    private EligibilityAssessment assess(String region, LocalDate date, String perCapita, boolean sudden) {
        return rules.assess(new EligibilityInput(region, date, new BigDecimal(perCapita), new BigDecimal("50000"),
                BigDecimal.ZERO, sudden, Set.of()));
    }
}
