package org.unionaid.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A rule set as listed for ADMINs. */
public record RuleSetView(long id, String regionCode, String regionName, LocalDate validFrom,
                          @Nullable LocalDate validTo, BigDecimal minLivingStandard, BigDecimal deepMultiplier,
                          BigDecimal relativeMultiplier, BigDecimal accidentCostShare, int noticeDays,
                          int monitoringMonths, List<Exclusion> exclusions) {

    public record Exclusion(String code, String labelZh, String labelEn) {

        public String label(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
