package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.unionaid.shared.BusinessRuleException;

/** The last resort and the missing-key fallback of the API's problem details, without the application. */
class ApiExceptionHandlerTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(
            new ApiProblems(new MessageSourceConfiguration().messageSource(), new UserLocaleResolver(null)));

    @Test
    void anUnexpectedExceptionIsA500WithAGenericLocalisedMessageAndNoTrace() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/claims");
        ResponseEntity<Object> response = handler.unexpected(new IllegalStateException("secret table xyz"), request);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(problem.getDetail()).isEqualTo("服务器出现错误，已记录日志，请稍后再试。");
        assertThat(problem.getProperties()).containsEntry("code", "internalError");
        assertThat(problem.toString()).doesNotContain("secret").doesNotContain("IllegalStateException");

        MockHttpServletRequest inEnglish = new MockHttpServletRequest("POST", "/api/v1/claims");
        inEnglish.addHeader("Accept-Language", "en");
        ProblemDetail english = (ProblemDetail) handler.unexpected(new IllegalStateException("x"), inEnglish).getBody();
        assertThat(english.getTitle()).isEqualTo("Server error");
    }

    @Test
    void aRuleWhoseKeyTheBundlesLackGetsTheGenericTextNeverTheKey() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/payouts/1/approve");
        ProblemDetail problem = (ProblemDetail) handler.businessRule(new BusinessRuleException("no.such.key"), request)
                .getBody();
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo("该请求不符合业务规则，未被执行。");
        assertThat(problem.getProperties()).containsEntry("code", "no.such.key");
    }

    @Test
    void aRuleFindsItsMessageInEveryModulesBundle() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/applications");
        request.addHeader("Accept-Language", "en");
        ProblemDetail problem = (ProblemDetail) handler.businessRule(new BusinessRuleException(
                "application.limit.reached", "1", "2025-01-01", "2025-12-31"), request).getBody();
        assertThat(problem.getDetail())
                .isEqualTo("Already applied: at most 1 application(s) per person from 2025-01-01 to 2025-12-31.");
        assertThat(problem.getProperties()).containsEntry("args", List.of("1", "2025-01-01", "2025-12-31"))
                .containsEntry("errors", List.<Map<String, Object>>of());
    }
}
