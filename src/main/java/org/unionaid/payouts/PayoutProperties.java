package org.unionaid.payouts;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secondApprovalAbove amounts above this need a second, different ADMIN's approval
 */
@ConfigurationProperties("unionaid.payouts")
public record PayoutProperties(@DefaultValue("10000.00") BigDecimal secondApprovalAbove) {
}
