package org.unionaid.hardship;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the means test and the relapse watch ({@code unionaid.hardship.*}).
 *
 * @param consentValidMonths how long a signed means-test authorisation counts, from the day it was signed
 * @param relapseWatch what counts as a sign of relapse during monitoring
 */
@ConfigurationProperties("unionaid.hardship")
public record HardshipProperties(@DefaultValue("12") int consentValidMonths,
                                 @DefaultValue RelapseWatchProperties relapseWatch) {

    public HardshipProperties {
        if (consentValidMonths < 1) {
            throw new IllegalArgumentException("unionaid.hardship.consent-valid-months must be at least 1");
        }
    }

    /** @param claimAmount a mutual-aid claim approved above this amount raises a review task on a monitored file */
    public record RelapseWatchProperties(@DefaultValue("10000") BigDecimal claimAmount) {
    }
}
