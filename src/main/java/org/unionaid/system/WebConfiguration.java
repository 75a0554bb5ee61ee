package org.unionaid.system;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.unionaid.users.Users;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The one clock: its zone is {@code unionaid.time-zone} (see {@code org.unionaid.shared.time.Times}). */
    @Bean
    Clock clock(UnionAidProperties properties) {
        return Clock.system(properties.timeZone());
    }

    /**
     * {@code @PastOrPresent} and the other date constraints read "now" from the one clock too: the default clock
     * provider is in the JVM's zone (UTC on servers), so a visit dated today in Beijing was "in the future" from
     * 00:00 to 08:00 every morning.
     */
    @Bean
    ValidationConfigurationCustomizer validationInTheApplicationZone(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    @Bean
    UserLocaleResolver localeResolver(Users users) {
        return new UserLocaleResolver(users);
    }

    /** Amount fields of every form accept what people type (see {@link AmountFormatter}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.math.BigDecimal.class, new AmountFormatter());
    }

    /**
     * The static files, under their own paths only ({@code spring.web.resources.add-mappings=false} drops Boot's
     * {@code /**} mapping). With {@code /**}, every {@code @{…}} link of every page (a page has dozens) went through
     * the resource chain, which probed four classpath locations for {@code /workers/75} and the like before giving
     * up: about half of a page's CPU (docs/operations.md, "HTTP benchmark"). Now only links under these paths are
     * resolved, once each (the chain caches what it finds). WebJars links carry the library's version and our own
     * files a content hash ({@code /css/unionaid-<md5>.css}), so all can be cached by browsers for a year.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year)
                .resourceChain(true);
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
