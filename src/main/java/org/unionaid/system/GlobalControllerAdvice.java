package org.unionaid.system;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.unionaid.shared.BusinessRuleException;

/**
 * For every page controller: trims form input (blank becomes null), and renders a business rule
 * that a controller did not turn into a form error as a 422 page with the rule's message, and an
 * optimistic-lock conflict as 409.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class GlobalControllerAdvice {

    private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ExceptionHandler(BusinessRuleException.class)
    String businessRule(BusinessRuleException e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("ruleCode", e.code());
        return "error/4xx";
    }

    /** A request over the multipart limit never reaches the controller: send the user back with a message. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    String uploadTooLarge(jakarta.servlet.http.HttpServletRequest request,
                          org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "document.request.tooLarge");
        String referer = request.getHeader("Referer");
        String back = referer != null && referer.startsWith(
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())
                ? referer : "/";
        return "redirect:" + back;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String conflict(ObjectOptimisticLockingFailureException e, HttpServletResponse response) {
        log.info("Optimistic lock conflict: {}", e.getMessage());
        response.setStatus(409);
        return "error/409";
    }
}
