package org.pathway.access.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pathway.access.intake.ReferralIntake.SelfOutcome;
import org.pathway.access.intake.ReferralIntake.SelfSent;
import org.pathway.access.referrals.ReferenceNumbers;
import org.pathway.people.ContactMethod;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
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
            try {
                outcome = intake.selfRefer(form, request.getRemoteAddr());
            } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
                outcome = intake.selfRefer(form, request.getRemoteAddr());
            }
        } catch (Refusal refused) {
            Forms.reject(binding, refused);
            return form(model, binding);
        }
        if (outcome instanceof SelfSent sent) {
            redirect.addAttribute("reference", sent.reference());
            return "redirect:/self-referral/sent";
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
        // From the form itself: the binding result would format a list of ticked boxes as one comma-joined value.
        model.addAttribute("submitted", Submitted.of(binding.getTarget()));
        java.util.List<Option> practices = new java.util.ArrayList<>();
        practices.add(new Option(SelfReferral.PRACTICE_NOT_KNOWN,
                "I do not know, or I am not registered with a GP"));
        practices.addAll(intake.practices());
        model.addAttribute("practices", practices);
        model.addAttribute("communicationNeeds", Option.of(CommunicationNeed.values(), CommunicationNeed::label));
        model.addAttribute("needs", Option.of(Need.values(), Need::label));
        model.addAttribute("contactMethods", Option.of(ContactMethod.values(), ContactMethod::label));
        return FORM;
    }
}
