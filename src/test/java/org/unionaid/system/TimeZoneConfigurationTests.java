package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.unionaid.shared.time.Times;
import org.unionaid.users.Users;

/** The one Clock bean, and with it {@link Times}, is in the zone {@code unionaid.time-zone} names. */
class TimeZoneConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(UnionAidProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, WebConfiguration.class, Times.class)
            .withBean(Users.class, () -> Mockito.mock(Users.class));

    @Test
    void theClockIsInBeijingByDefault() {
        runner.run(context -> {
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(context.getBean(Times.class).zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        });
    }

    @Test
    void theClockFollowsTheSetting() {
        runner.withPropertyValues("unionaid.time-zone=Europe/Berlin").run(context -> {
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(context.getBean(Times.class).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        });
    }

    record Visit(@PastOrPresent LocalDate date) {
    }

    /**
     * Date constraints use the one clock, not the JVM's zone: in a zone 14 hours ahead of UTC, "today" there is a
     * day after UTC's today for most of every day, and a form dated that day must still be valid.
     */
    @Test
    void dateConstraintsReadTodayInTheApplicationZone() {
        runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withPropertyValues("unionaid.time-zone=Pacific/Kiritimati")
                .run(context -> {
                    Clock clock = context.getBean(Clock.class);
                    assertThat(context.getBean(ValidatorFactory.class).getClockProvider().getClock())
                            .isSameAs(clock);
                    Validator validator = context.getBean(Validator.class);
                    assertThat(validator.validate(new Visit(LocalDate.now(clock)))).isEmpty();
                    assertThat(validator.validate(new Visit(LocalDate.now(clock).plusDays(1)))).hasSize(1);
                });
    }
}
