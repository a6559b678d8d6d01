package org.pathway.engagement.cases;

import org.pathway.platform.web.Forms;
import org.pathway.platform.Refusal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a case page makes a change: the confirmation flashed on success, a refusal put back onto the form. */
final class CaseChanges {

    private CaseChanges() {}

    interface Change {
        /** Makes the change; returns the confirmation for the user. */
        String make();
    }

    /**
     * Runs a change and returns true, the confirmation flashed for the next page; when refused, the refusal goes onto
     * the form (beside its field when it names one) and false is returned, for the page to be shown again.
     */
    static boolean made(BindingResult binding, Change change, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("flash", change.make());
            return true;
        } catch (Refusal refused) {
            Forms.reject(binding, refused);
        } catch (ObjectOptimisticLockingFailureException changed) {
            binding.reject("refused", "Someone else changed this case while you were looking at it: check it again");
        }
        return false;
    }
}
