package org.pathway.access.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pathway.access.intake.ReferralIntake.Invalid;
import org.pathway.access.intake.ReferralIntake.SelfOutcome;
import org.pathway.access.intake.ReferralIntake.SelfSent;
import org.pathway.access.referrals.ReferenceNumbers;
import org.pathway.people.ContactMethod;
import org.pathway.shared.Need;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public self-referral form: no sign-in. Whatever happens behind it (a person already known or not, a
 * robot caught by the honeypot), a sent form ends on the same page with a reference number.
 */
@Controller
@RequestMapping("/self-referral")
class SelfReferralController {

    private static final String FORM = "access/self-referral/form";

    private final ReferralIntake intake;

    SelfReferralController(ReferralIntake intake) {
        this.intake = intake;
    }

    @GetMapping
    String form(Model model) {
        SelfReferral form = SelfReferral.blank();
        model.addAttribute("form", form);
        return form(model, new BeanPropertyBindingResult(form, "form"));
    }

    @PostMapping
    String submit(@ModelAttribute("form") SelfReferral form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SelfOutcome outcome;
        try {
            outcome = intake.selfRefer(form, request.getRemoteAddr());
        } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
            outcome = intake.selfRefer(form, request.getRemoteAddr());
        }
        if (outcome instanceof SelfSent sent) {
            redirect.addAttribute("reference", sent.reference());
            return "redirect:/self-referral/sent";
        }
        if (outcome instanceof Invalid invalid) {
            IntakeForms.reject(binding, invalid.problems());
            return form(model, binding);
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "600");
        return "access/self-referral/too-many";
    }

    @GetMapping("/sent")
    String sent(@RequestParam(required = false) String reference, Model model) {
        // The page only repeats a well-formed reference: it never looks anything up.
        if (!ReferenceNumbers.isWellFormed(reference)) {
            return "redirect:/self-referral";
        }
        model.addAttribute("reference", reference);
        return "access/self-referral/sent";
    }

    private String form(Model model, BindingResult binding) {
        model.addAttribute("submitted", new Ticked(binding));
        java.util.List<ReferralIntake.Option> practices = new java.util.ArrayList<>();
        practices.add(new ReferralIntake.Option(org.pathway.access.intake.SelfReferral.PRACTICE_NOT_KNOWN,
                "I do not know, or I am not registered with a GP"));
        practices.addAll(intake.practices());
        model.addAttribute("practices", practices);
        model.addAttribute("communicationNeeds", IntakeForms.options(CommunicationNeed.values(), CommunicationNeed::label));
        model.addAttribute("needs", IntakeForms.options(Need.values(), Need::label));
        model.addAttribute("contactMethods", IntakeForms.options(ContactMethod.values(), ContactMethod::label));
        return FORM;
    }
}
