package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the assessment needs from a verified household.
 *
 * @param regionCode the administrative region of the household's branch (6 digits)
 * @param onDate the date whose rules apply (the filing date)
 * @param perCapitaMonthlyIncome derived: (annual disposable income − rigid expenditure) ÷ 12 ÷ household size
 * @param annualIncome the household's annual disposable income
 * @param annualHardshipCosts the year's hardship costs (medical, schooling, disaster losses)
 * @param suddenHardship a disaster, accident or grave illness happened this year
 * @param exclusionsAnswered the exclusion codes answered "yes"
 */
public record EligibilityInput(String regionCode, LocalDate onDate, BigDecimal perCapitaMonthlyIncome,
                               BigDecimal annualIncome, BigDecimal annualHardshipCosts, boolean suddenHardship,
                               Set<String> exclusionsAnswered) {
}
