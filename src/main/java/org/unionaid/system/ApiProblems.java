package org.unionaid.system;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one shape every API error has: an RFC 9457 problem detail ({@code application/problem+json}) with
 * {@code status}, a localised {@code title} and {@code detail}, the stable message {@code code} and
 * {@code errors} (each {@code field} or {@code parameter}, {@code code}, {@code message}) and the
 * {@code requestId} a user quotes to support (the id in the request's log lines, {@link RequestIdFilter}). Texts
 * come from the message bundles in the caller's language (the same {@link UserLocaleResolver} as the pages); a
 * key missing from the bundles is logged and answered with a generic text, never shown raw.
 */
@Component
class ApiProblems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final Pattern BRACED_KEY = Pattern.compile("^\\{([A-Za-z][A-Za-z0-9_.]*)}$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final UserLocaleResolver locales;

    ApiProblems(MessageSource messages, UserLocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Whether the request is one of the JSON API's. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /**
     * A problem whose detail is the message of {@code code} itself (a business rule's key); a key the bundles do
     * not know gets the generic detail of its status.
     */
    ProblemDetail rule(HttpServletRequest request, HttpStatusCode status, String code, Object[] args,
                       List<Map<String, Object>> errors) {
        Locale locale = locale(request);
        String detail = text(code, args(args), locale);
        if (detail == null) {
            log.warn("No message for the rule code {} in {}", code, locale);
            detail = generic(status, locale);
        }
        return build(request, status, code, detail, errors, locale);
    }

    /** A problem with one of the generic codes ({@code invalidRequest}, {@code notFound}, …): detail {@code api.problem.<code>}. */
    ProblemDetail generic(HttpServletRequest request, HttpStatusCode status, String code,
                          List<Map<String, Object>> errors) {
        Locale locale = locale(request);
        String detail = text("api.problem." + code, null, locale);
        return build(request, status, code, detail == null ? generic(status, locale) : detail, errors, locale);
    }

    private ProblemDetail build(HttpServletRequest request, HttpStatusCode status, String code, String detail,
                                List<Map<String, Object>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        problem.setProperty("errors", errors);
        String requestId = RequestIdFilter.of(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** Writes a problem outside Spring MVC (the security filter chain). */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }

    // ---- entries of errors[] ------------------------------------------------------------------------

    Map<String, Object> fieldError(String field, String code, String message) {
        return entry("field", field, code, message);
    }

    Map<String, Object> parameterError(String parameter, String code, String message) {
        return entry("parameter", parameter, code, message);
    }

    private static Map<String, Object> entry(String kind, String name, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put(kind, name);
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    /** "is required" in the caller's language. */
    String required(Locale locale) {
        return textOr("api.error.required", null, locale);
    }

    /** "must be a number" etc. for a value that cannot become {@code type}. */
    String typeMismatch(@Nullable Class<?> type, Locale locale) {
        if (type == null) {
            return textOr("api.error.typeMismatch", null, locale);
        }
        if (type.isEnum()) {
            String values = String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
            return textOr("api.error.typeMismatch.enum", new Object[] {values}, locale);
        }
        return textOr("api.error.typeMismatch." + kindOf(type), null, locale);
    }

    private static String kindOf(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "dateTime";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    /**
     * The message of a Bean Validation violation or binding error: {@code api.constraint.<code>} when the bundles
     * have it, else the resolvable's own codes and its (already localised) default message; a default message that
     * is only a braced key is looked up.
     */
    String constraint(MessageSourceResolvable error, Locale locale) {
        String code = error.getCodes() == null || error.getCodes().length == 0 ? null
                : error.getCodes()[error.getCodes().length - 1];
        if (code != null) {
            String ours = text("api.constraint." + code, null, locale);
            if (ours != null) {
                return ours;
            }
        }
        String message = messages.getMessage(new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments(),
                ""), locale);
        if (message.isEmpty() && error.getDefaultMessage() != null) {
            message = error.getDefaultMessage();
        }
        var braced = BRACED_KEY.matcher(message);
        if (braced.matches()) {
            String resolved = text(braced.group(1), null, locale);
            message = resolved == null ? "" : resolved;
        }
        return message.isEmpty() ? textOr("api.error.invalid", null, locale) : message;
    }

    String textOr(String key, Object @Nullable [] args, Locale locale) {
        String text = text(key, args, locale);
        return text == null ? key : text;
    }

    private @Nullable String text(String key, Object @Nullable [] args, Locale locale) {
        return messages.getMessage(key, args, null, locale);
    }

    private String title(HttpStatusCode status, Locale locale) {
        String title = text("api.title." + status.value(), null, locale);
        return title == null ? textOr("api.title.other", null, locale) : title;
    }

    private String generic(HttpStatusCode status, Locale locale) {
        String detail = text("api.detail." + status.value(), null, locale);
        return detail == null ? textOr(status.is5xxServerError() ? "api.detail.500" : "api.detail.other", null, locale)
                : detail;
    }

    /**
     * A rule's arguments for the {@code args} property: enums by name, message resolvables (labels) as their text,
     * anything else as its string.
     */
    List<String> argStrings(Object[] args, Locale locale) {
        List<String> result = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof Enum<?> e) {
                result.add(e.name());
            } else if (a instanceof MessageSourceResolvable resolvable) {
                result.add(messages.getMessage(new DefaultMessageSourceResolvable(resolvable.getCodes(),
                        resolvable.getArguments(), resolvable.getDefaultMessage() == null ? ""
                        : resolvable.getDefaultMessage()), locale));
            } else {
                result.add(String.valueOf(a));
            }
        }
        return result;
    }

    /** Enum arguments become their labels ({@code Type.VALUE}), as on the pages. */
    private static Object[] args(Object[] args) {
        List<Object> result = new ArrayList<>();
        for (Object a : args) {
            result.add(a instanceof Enum<?> e
                    ? new DefaultMessageSourceResolvable(new String[] {e.getDeclaringClass().getSimpleName() + "."
                    + e.name()}, e.name())
                    : a);
        }
        return result.toArray();
    }

    static HttpStatus statusOf(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        return status == null ? HttpStatus.UNPROCESSABLE_CONTENT : status;
    }
}
