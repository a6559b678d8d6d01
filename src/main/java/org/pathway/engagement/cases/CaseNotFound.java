package org.pathway.engagement.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * There is no such case, or the user may not see it: both are "not found", so a case's existence is never
 * revealed to someone outside its scope. Renders as a 404 page wherever it is thrown.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CaseNotFound extends RuntimeException {

    public CaseNotFound() {
        super("No such case");
    }
}
