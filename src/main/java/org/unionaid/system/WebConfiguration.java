package org.unionaid.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.unionaid.users.UserManagement;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The one clock: its zone is {@code unionaid.time-zone} (see {@code org.unionaid.shared.time.Times}). */
    @Bean
    Clock clock(UnionAidProperties properties) {
        return Clock.system(properties.timeZone());
    }

    @Bean
    UserLocaleResolver localeResolver(UserManagement users) {
        return new UserLocaleResolver(users);
    }

    /** Amount fields of every form accept what people type (see {@link AmountFormatter}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.math.BigDecimal.class, new AmountFormatter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
