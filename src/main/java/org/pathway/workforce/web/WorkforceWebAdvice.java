package org.pathway.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * For the workforce pages: an unknown id is a 404 page, and a value that cannot be read (letters in a number
 * field) gets a message a person can act on, with what they typed kept in the field.
 */
@ControllerAdvice(basePackages = "org.pathway.workforce")
class WorkforceWebAdvice {

    private static final Map<String, String> NOT_A_NUMBER = Map.of(
            "minAge", "Enter the minimum age as a whole number, like 18",
            "maxAge", "Enter the maximum age as a whole number, like 65",
            "sessionCap", "Enter the session cap as a whole number, like 6",
            "reviewIntervalWeeks", "Enter the review interval as a whole number of weeks, like 12",
            "caseloadCapPerFte", "Enter the caseload cap as a whole number, like 40",
            "fte", "Enter the full-time equivalent as a number, like 0.6");

    @ExceptionHandler(NoSuchElementException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @InitBinder
    void readableBindingErrors(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
                String field = ex.getPropertyName();
                String message = NOT_A_NUMBER.getOrDefault(field, "Select an option from the list");
                bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
                        bindingResult.resolveMessageCodes(ex.getErrorCode(), field), null, message));
            }
        });
    }
}
