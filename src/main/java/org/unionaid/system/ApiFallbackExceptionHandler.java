package org.unionaid.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The errors that happen before a controller is chosen (an unknown /api path, a method or media type no API
 * operation accepts) have no {@code @RestController} for {@link ApiExceptionHandler} to apply to: under /api they
 * get the same problem detail here; anywhere else they go on to the error pages (rethrowing the original exception
 * hands it back to Spring MVC's default handling). It lists only exceptions the pages' {@code GlobalControllerAdvice}
 * does not handle, so the two never compete.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackExceptionHandler {

    private final ApiExceptionHandler api;

    ApiFallbackExceptionHandler(ApiExceptionHandler api) {
        this.api = api;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<Object> beforeAnyController(Exception e, HttpServletRequest request, WebRequest webRequest)
            throws Exception {
        if (!ApiProblems.isApi(request)) {
            throw e;
        }
        return api.handleException(e, webRequest);
    }
}
