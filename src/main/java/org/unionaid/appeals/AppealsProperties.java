package org.unionaid.appeals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param windowDays days after the refusal (its local day included) during which the worker may appeal
 * @param decisionDays days after lodging by which the appeal is to be decided; later it is listed as overdue
 */
@ConfigurationProperties("unionaid.appeals")
public record AppealsProperties(@DefaultValue("30") int windowDays, @DefaultValue("15") int decisionDays) {

    public AppealsProperties {
        if (windowDays < 1 || decisionDays < 1) {
            throw new IllegalArgumentException("unionaid.appeals.window-days and decision-days must be at least 1");
        }
    }
}
