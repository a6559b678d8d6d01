package org.pathway.access.triage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A service or referral that does not exist, or is outside the user's scope, is a 404 page: nothing is revealed. */
@ControllerAdvice(basePackages = "org.pathway.access.triage")
class TriageWebAdvice {

    @ExceptionHandler(NoSuchElementException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
