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
    @Autowired Reviews reviews;
    @Autowired ReviewChecks checks;

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

    @Test
    void theAnnualReviewRecalculatesWithTheYearsAidAndKeepsWhatItSuggested() throws Exception {
        TestFiles test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
        HardshipFileView file = test.open("caseworker", "SN-XA-YT");
        test.force(file.id(), HardshipFileState.ACTIVE);

        ReviewCheck unchanged = test.people.as("caseworker", () -> checks.check(file.id()));
        assertThat(unchanged.perCapitaMonthlyIncome()).isEqualByComparingTo("500.00");
        assertThat(unchanged.suggestedOutcome()).isEqualTo(ReviewOutcome.CONTINUE);

        // a year of government living allowance lifts the household from DEEP to RELATIVE
        test.people.as("caseworker", () -> ledger.recordOutsideAid(new RecordOutsideAid(file.workerId(),
                OutsideAidKind.GOVERNMENT_ASSISTANCE, AidPurpose.LIVING, "雁塔区民政局低保金", null,
                new BigDecimal("6000.00"), Today.date().minusMonths(3), null, null)));
        ReviewCheck check = test.people.as("caseworker", () -> checks.check(file.id()));
        assertThat(check.aidReceived()).isEqualByComparingTo("6000.00");
        assertThat(check.perCapitaMonthlyIncome()).isEqualByComparingTo("1000.00");
        assertThat(check.suggestedCategory()).isEqualTo(HardshipCategory.RELATIVE);
        assertThat(check.suggestedOutcome()).isEqualTo(ReviewOutcome.CHANGE_CATEGORY);
        assertThat(check.aidLines()).singleElement().asString().contains("雁塔区民政局低保金");

        var caseworker = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("caseworker"));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/hardship/files/{id}", file.id()).with(caseworker))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"review-check\"").contains("data-outcome=\"CHANGE_CATEGORY\"")
                .contains("雁塔区民政局低保金");
        // another district's caseworker does not get the file's figures
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> test.people.as("caseworker2",
                () -> checks.check(file.id()))).isInstanceOf(HardshipFileNotFoundException.class);

        // the caseworker continues anyway: the review keeps the recalculation and shows that it departs from it
        ReviewView review = test.people.as("caseworker", () -> reviews.record(file.id(), Today.date(),
                "低保金为临时性收入，家庭困难未缓解", ReviewOutcome.CONTINUE, null));
        assertThat(review.assessedPerCapita()).isEqualByComparingTo("1000.00");
        assertThat(review.aidCounted()).isEqualByComparingTo("6000.00");
        assertThat(review.suggestedOutcome()).isEqualTo(ReviewOutcome.CHANGE_CATEGORY);
        assertThat(review.departsFromSuggestion()).isTrue();
        assertThat(jdbc.queryForObject("select suggested_category from file_review where id = ?", String.class,
                review.id())).isEqualTo("RELATIVE");
        String after = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/hardship/files/{id}", file.id()).with(caseworker)
                        .header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("per capita 1000.00 a month, aid counted 6000.00")
                .contains("The outcome differs from the suggestion");
    }
}
