package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An early visitor is told the system is starting, instead of a login that fails because no user exists yet. */
class StartingUpFilterTests {

    private final StartingUpFilter filter = new StartingUpFilter(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private MockHttpServletResponse get(String path, Locale locale) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200); // the chain ran: the page itself would answer
        }
        return response;
    }

    @Test
    void beforeStartUpIsDoneTheLoginPageSaysItIsStartingAndReloadsItself() throws Exception {
        MockHttpServletResponse login = get("/login", Locale.SIMPLIFIED_CHINESE);
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("3");
        assertThat(login.getContentAsString()).contains("UnionAid 正在启动").contains("http-equiv=\"refresh\"");
        MockHttpServletResponse api = get("/api/v1/workers", Locale.ENGLISH);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"code\":\"starting\"");
        // health probes and static resources are served meanwhile
        assertThat(get("/actuator/health/readiness", Locale.ENGLISH).getStatus()).isEqualTo(200);
        assertThat(get("/webjars/bootstrap/css/bootstrap.min.css", Locale.ENGLISH).getStatus()).isEqualTo(200);
    }

    @Test
    void onceReadyEveryRequestPassesAndBackWhenNoLongerAcceptingTraffic() throws Exception {
        filter.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(get("/login", Locale.ENGLISH).getStatus()).isEqualTo(200);
        filter.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(get("/login", Locale.ENGLISH).getStatus()).isEqualTo(503);
    }
}
