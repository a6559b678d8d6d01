package org.pathway.engagement.measures;

import java.util.UUID;
import org.pathway.governance.PathwayUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service managers' outcome measures: the list, one measure's definition, and the form to define another. */
@Controller
@RequestMapping("/measures")
class MeasureDefinitionController {

    private final MeasureCatalogue catalogue;

    MeasureDefinitionController(MeasureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @PreAuthorize(MeasureCatalogue.DEFINE)
    String showDefinitions(@AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("measures", catalogue.visibleTo(user));
        return "engagement/measures/definitions";
    }

    @GetMapping("/{id}")
    @PreAuthorize(MeasureCatalogue.DEFINE)
    String showDefinition(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("measure", catalogue.definition(id, user));
        return "engagement/measures/definition";
    }

    @GetMapping("/new")
    @PreAuthorize(MeasureCatalogue.DEFINE)
    String initDefinitionForm(Model model) {
        return form(model, MeasureForm.blank());
    }

    @PostMapping("/new")
    @PreAuthorize(MeasureCatalogue.DEFINE)
    String processDefinitionForm(@ModelAttribute("form") MeasureForm form, BindingResult binding,
            @RequestParam(required = false) String action, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        if ("add-item".equals(action)) {
            return form(model, form.withAnotherRow());
        }
        if (binding.hasErrors()) {
            return form(model, form);
        }
        MeasureForm.Checked checked = catalogue.define(form, user);
        if (checked instanceof MeasureForm.Invalid invalid) {
            invalid.problems().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
            return form(model, form);
        }
        MeasureDefinition d = ((MeasureForm.Valid) checked).definition();
        redirect.addFlashAttribute("flash", "Measure " + d.name() + " defined: your services' link workers can now record it");
        return "redirect:/measures/" + d.id();
    }

    private String form(Model model, MeasureForm form) {
        model.addAttribute("form", form);
        model.addAttribute("rules", ScoringRule.values());
        return "engagement/measures/define";
    }

}
