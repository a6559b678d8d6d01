package org.pathway.governance.users;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Bean Validation reports errors in no particular order; the NHS error summary must list them in the
 * order of the fields on the page. This puts them in that order for the view.
 */
final class FormErrors {

    private FormErrors() {}

    static void inFieldOrder(BindingResult result, Model model, String... fields) {
        if (!result.hasErrors()) {
            return;
        }
        BindingResult ordered = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getGlobalErrors().forEach(ordered::addError);
        List<FieldError> rest = new ArrayList<>(result.getFieldErrors());
        for (String field : fields) {
            for (FieldError error : result.getFieldErrors(field)) {
                ordered.addError(error);
                rest.remove(error);
            }
        }
        rest.forEach(ordered::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), ordered);
    }
}
