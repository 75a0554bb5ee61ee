package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.payouts.AidPurpose;
import org.unionaid.payouts.BenefitLedger;
import org.unionaid.payouts.OutsideAidKind;
import org.unionaid.payouts.RecordOutsideAid;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;

/**
 * Aid the household received in the last year counts as income when it is assessed (docs/design.md §3): the
 * filing preview adds the benefit ledger's year to the income, shows it with the entries, and suggests the
 * category the higher income gives.
 */
class AidAsIncomeIntegrationTests extends IntegrationTestSupport {

    @Autowired People people;
    @Autowired Households households;
    @Autowired UserDetailsService users;
    @Autowired HardshipFiles files;
    @Autowired BenefitLedger ledger;

    @Test
    void aidOfTheLastYearRaisesTheIncomeTheCategoryRestsOn() throws Exception {
        TestFiles test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
        long worker = test.worker("caseworker", "SN-XA-YT", "6000.00");
        HardshipFilePreview before = test.people.as("caseworker", () -> files.preview(worker, FilingAnswers.none()));
        assertThat(before.assessment().perCapitaMonthlyIncome()).isEqualByComparingTo("500.00");
        assertThat(before.suggestedCategory()).isEqualTo(HardshipCategory.DEEP);
        assertThat(before.aidReceived()).isEqualByComparingTo("0");

        // 6,000 of living allowance this year, and 9,000 two years ago (outside the year: not counted)
        test.people.as("caseworker", () -> ledger.recordOutsideAid(new RecordOutsideAid(worker,
                OutsideAidKind.GOVERNMENT_ASSISTANCE, AidPurpose.LIVING, "雁塔区民政局临时救助", null,
                new BigDecimal("6000.00"), Today.date().minusMonths(2), null, null)));
        test.people.as("caseworker", () -> ledger.recordOutsideAid(new RecordOutsideAid(worker,
                OutsideAidKind.OTHER_ORGANISATION, AidPurpose.MEDICAL, "慈善总会", null,
                new BigDecimal("9000.00"), Today.date().minusYears(2), null, null)));

        HardshipFilePreview after = test.people.as("caseworker", () -> files.preview(worker, FilingAnswers.none()));
        assertThat(after.aidReceived()).isEqualByComparingTo("6000.00");
        assertThat(after.assessment().perCapitaMonthlyIncome()).isEqualByComparingTo("1000.00");
        assertThat(after.suggestedCategory()).isEqualTo(HardshipCategory.RELATIVE);
        assertThat(after.aidLines()).singleElement().asString().contains("雁塔区民政局临时救助").contains("6000.00");

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/hardship/files/new").param("workerId", String.valueOf(worker))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername("caseworker"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"filing-aid\"").contains("雁塔区民政局临时救助");
    }
}
