package org.unionaid.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.unionaid.hardship.EligibilityRules;
import org.unionaid.hardship.EligibilityRules.NewRuleSet;
import org.unionaid.hardship.RuleSetView.Exclusion;

/** Demo eligibility rules: Shaanxi province, with its own, later and higher standard for Xi'an. */
@Component
@Order(30)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoHardship implements ApplicationRunner {

    private final EligibilityRules rules;

    DemoHardship(EligibilityRules rules) {
        this.rules = rules;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!rules.all().isEmpty()) {
            return;
        }
        List<Exclusion> exclusions = List.of(
                new Exclusion("SECOND_HOME", "家庭拥有第二套住房", "The household owns a second home"),
                new Exclusion("BUSINESS_OWNER", "开办企业并雇用他人", "Runs a business that employs others"),
                new Exclusion("PRIVATE_SCHOOL", "子女就读高收费私立学校", "A child attends a fee-paying private school"),
                new Exclusion("PRIVATE_CAR", "拥有非营运机动车", "Owns a car for private use"));
        // the rule-set facade is for ADMINs; the demo loader acts as one
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-loader", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            rules.create(new NewRuleSet("610000", "陕西省", LocalDate.of(2025, 1, 1), new BigDecimal("780.00"),
                    BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("0.80"), 7, 12, exclusions));
            rules.create(new NewRuleSet("610100", "西安市", LocalDate.of(2024, 1, 1), new BigDecimal("820.00"),
                    BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("0.80"), 7, 12, exclusions));
            rules.create(new NewRuleSet("610100", "西安市", LocalDate.of(2025, 7, 1), new BigDecimal("870.00"),
                    BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("0.80"), 7, 12, exclusions));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
