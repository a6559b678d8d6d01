package org.pathway.engagement.closure;

import org.pathway.engagement.Cases;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.engagement.ClosureReason;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The closure page: reason, note, closing measures, and afterwards the message back to the GP and referrer. */
@Controller
@RequestMapping("/cases/{caseId}/close")
class CaseClosureController {

    private final CaseClosure closure;

    CaseClosureController(CaseClosure closure) {
        this.closure = closure;
    }

    @GetMapping
    @PreAuthorize(Cases.WORK)
    String showClosure(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("form", new CaseClosure.CloseForm(null, null));
        return show(closure.page(caseId, user), model);
    }

    @PostMapping
    @PreAuthorize(Cases.WORK)
    String close(@PathVariable UUID caseId, @ModelAttribute("form") CaseClosure.CloseForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseClosure.Closed closed;
        try {
            closed = closure.close(caseId, form, user);
        } catch (Refusal refused) {
            Forms.reject(binding, refused);
            return show(closure.page(caseId, user), model);
        }
        redirect.addFlashAttribute("flash", "Case closed. The " + (closed.message().codesOnly() ? "codes" : "codes and summary")
                + " went to the GP and the referrer: " + closed.message().codes().stream()
                        .map(c -> c.term() + " (SNOMED CT " + c.code() + ")").collect(Collectors.joining(", "))
                + (closed.cancelledTasks() == 0 ? "" : ". " + closed.cancelledTasks()
                        + (closed.cancelledTasks() == 1 ? " open task was" : " open tasks were") + " cancelled"));
        return "redirect:/cases/" + caseId + "/close";
    }

    private String show(CaseClosure.Page page, Model model) {
        model.addAttribute("case", page.header());
        model.addAttribute("page", page);
        model.addAttribute("reasons", ClosureReason.values());
        return "engagement/closure/close";
    }
}
