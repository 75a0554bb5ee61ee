package org.unionaid.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the JSON API as one shape (see {@link ApiProblems} and docs/architecture.md, "API errors"): Spring
 * MVC's own exceptions (unreadable JSON, invalid bodies and parameters, wrong methods and media types), business
 * rules (422, or the status the rule's exception names, with its row problems), missing records (404), optimistic
 * lock conflicts (409), refused access (403), and anything else as a 500 with a generic message and no trace. The
 * API controllers have no exception handlers of their own.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<Object> businessRule(BusinessRuleException e, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        HttpStatus status = ApiProblems.statusOf(e.httpStatus());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (BusinessRuleException.Problem p : e.ruleProblems()) {
            Map<String, Object> error = problems.fieldError(p.field(), p.code(),
                    problems.textOr(p.code(), p.args().toArray(), locale));
            if (p.row() != null) {
                error.put("row", p.row());
            }
            errors.add(error);
        }
        ProblemDetail problem = problems.rule(request, status, e.code(), e.args(), errors);
        problem.setProperty("args", problems.argStrings(e.args(), locale));
        return respond(problem, null);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(HttpServletRequest request) {
        return respond(problems.generic(request, HttpStatus.NOT_FOUND, "notFound", List.of()), null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> conflict(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        log.info("Optimistic lock conflict: {}", e.getMessage());
        return respond(problems.generic(request, HttpStatus.CONFLICT, "conflict", List.of()), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(HttpServletRequest request) {
        return respond(problems.generic(request, HttpStatus.FORBIDDEN, "forbidden", List.of()), null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(problems.fieldError(path(v.getPropertyPath()), code, v.getMessage()));
        }
        return respond(problems.generic(request, HttpStatus.BAD_REQUEST, "invalidRequest", errors), null);
    }

    /** The last resort: logged with its trace here, answered without it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.generic(request, HttpStatus.INTERNAL_SERVER_ERROR, "internalError", List.of()), null);
    }

    /** Every Spring MVC exception {@link ResponseEntityExceptionHandler} knows ends here, in our shape. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
                                                                       HttpHeaders headers, HttpStatusCode status,
                                                                       WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (servlet == null) {
            return super.handleExceptionInternal(ex, body, headers, status, request);
        }
        if (status.is5xxServerError()) {
            log.error("Error in {} {}", servlet.getMethod(), servlet.getRequestURI(), ex);
        }
        Locale locale = problems.locale(servlet);
        List<Map<String, Object>> errors = new ArrayList<>();
        String code = describe(ex, status, errors, locale);
        return respond(problems.generic(servlet, status, code, errors), headers);
    }

    private String describe(Exception ex, HttpStatusCode status, List<Map<String, Object>> errors, Locale locale) {
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, errors, locale);
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            bindingErrors(invalid.getBindingResult(), "", errors, locale);
            return "invalidRequest";
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
                MethodParameter parameter = result.getMethodParameter();
                if (result instanceof ParameterErrors body) {
                    bindingErrors(body, "", errors, locale);
                } else {
                    boolean isBody = parameter.hasParameterAnnotation(RequestBody.class)
                            || parameter.hasParameterAnnotation(RequestPart.class);
                    String name = parameterName(parameter);
                    for (var error : result.getResolvableErrors()) {
                        String code = lastCode(error.getCodes());
                        String message = problems.constraint(error, locale);
                        errors.add(isBody ? problems.fieldError(name, code, message)
                                : problems.parameterError(name, code, message));
                    }
                }
            }
            for (var error : invalid.getCrossParameterValidationResults()) {
                errors.add(problems.parameterError("", lastCode(error.getCodes()), problems.constraint(error, locale)));
            }
            return "invalidRequest";
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            errors.add(problems.parameterError(mismatch.getName(), "typeMismatch",
                    problems.typeMismatch(mismatch.getRequiredType(), locale)));
            return "invalidRequest";
        }
        if (ex instanceof TypeMismatchException mismatch) {
            errors.add(problems.parameterError(mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName(),
                    "typeMismatch", problems.typeMismatch(mismatch.getRequiredType(), locale)));
            return "invalidRequest";
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            errors.add(problems.parameterError(missing.getParameterName(), "required", problems.required(locale)));
            return "invalidRequest";
        }
        if (ex instanceof MissingServletRequestPartException missing) {
            errors.add(problems.parameterError(missing.getRequestPartName(), "required", problems.required(locale)));
            return "invalidRequest";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "methodNotAllowed";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "unsupportedMediaType";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "notAcceptable";
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return "notFound";
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return "payloadTooLarge";
        }
        return switch (status.value()) {
            case 400 -> "badRequest";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 413 -> "payloadTooLarge";
            case 415 -> "unsupportedMediaType";
            case 503 -> "unavailable";
            default -> status.is5xxServerError() ? "internalError" : "badRequest";
        };
    }

    /** A body Jackson could not read: malformed JSON, or a value of the wrong type at a path. */
    private String unreadable(HttpMessageNotReadableException ex, List<Map<String, Object>> errors, Locale locale) {
        Throwable cause = ex.getCause();
        if (cause == null) {
            return "bodyRequired";
        }
        if (cause instanceof StreamReadException) {
            return "malformedJson";
        }
        if (cause instanceof JacksonException jackson) {
            String field = path(jackson);
            if (jackson instanceof InvalidNullException || missingPrimitive(jackson)) {
                errors.add(problems.fieldError(field, "required", problems.required(locale)));
            } else if (jackson instanceof MismatchedInputException mismatch) {
                errors.add(problems.fieldError(field, "typeMismatch",
                        problems.typeMismatch(mismatch.getTargetType(), locale)));
            } else {
                // ValueInstantiationException (a constructor refused the values) and the like
                errors.add(problems.fieldError(field, "invalidValue",
                        problems.textOr("api.error.invalid", null, locale)));
            }
            return "invalidRequest";
        }
        return "malformedJson";
    }

    /** A number or boolean left out (or null) for a primitive record component: Jackson 3 refuses it. */
    private static boolean missingPrimitive(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && (message.startsWith("Cannot map `null` into type")
                || message.startsWith("Missing required creator property"));
    }

    private void bindingErrors(org.springframework.validation.Errors result, String prefix,
                               List<Map<String, Object>> errors, Locale locale) {
        for (FieldError error : result.getFieldErrors()) {
            errors.add(problems.fieldError(prefix + error.getField(), lastCode(error.getCodes()),
                    problems.constraint(error, locale)));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            errors.add(problems.fieldError(prefix, lastCode(error.getCodes()), problems.constraint(error, locale)));
        }
    }

    private static String lastCode(String @Nullable [] codes) {
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }

    private static String parameterName(MethodParameter parameter) {
        var param = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        var variable = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "arg" + parameter.getParameterIndex() : name;
    }

    /** "plan.termStart", "invoiceNumbers[0]". */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The property path of a violation without the method and parameter nodes of method validation. */
    private static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
        }
        return path.isEmpty() && parameter != null ? parameter : path.toString();
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, @Nullable HttpHeaders headers) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(problem.getStatus());
        if (headers != null) {
            builder.headers(headers);
        }
        return builder.contentType(ApiProblems.PROBLEM_JSON).body(problem);
    }
}
