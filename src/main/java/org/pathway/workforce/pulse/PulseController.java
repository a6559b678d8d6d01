package org.pathway.workforce.pulse;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.Pulse.Answers;
import org.pathway.workforce.Pulse.PulseHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pulse: answering it, a practitioner's answers (theirs or their line manager's view), an organisation's schedule. */
@Controller
class PulseController {

    static final List<Option> SCALE = List.of(new Option("1", "1 – very poor"), new Option("2", "2 – poor"),
            new Option("3", "3 – neither good nor poor"), new Option("4", "4 – good"), new Option("5", "5 – very good"));

    private final Pulse pulse;
    private final PractitionerRegister register;
    private final OrganisationStructure structure;
    private final Clock clock;

    PulseController(Pulse pulse, PractitionerRegister register, OrganisationStructure structure, Clock clock) {
        this.pulse = pulse;
        this.register = register;
        this.structure = structure;
        this.clock = clock;
    }

    /** The signed-in practitioner's own pulse page. */
    @GetMapping("/pulse")
    @PreAuthorize(Pulse.VIEW)
    String showOwnPulse(@AuthenticationPrincipal PathwayUser user) {
        // Only a practitioner has a pulse: anyone else is refused, as for any page not theirs.
        PractitionerId own = register.practitionerForAccount(user.id(), user)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "The wellbeing pulse is answered by practitioners; this sign-in is not one"))
                .id();
        return "redirect:/practitioners/" + own + "/pulse";
    }

    @GetMapping("/practitioners/{id}/pulse")
    @PreAuthorize(Pulse.VIEW)
    String showPulse(@PathVariable PractitionerId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("form", PulseForm.blank());
        return page(id, user, model);
    }

    @PostMapping("/practitioners/{id}/pulse")
    @PreAuthorize(Pulse.VIEW)
    String answer(@PathVariable PractitionerId id, @ModelAttribute("form") PulseForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        PulseHistory history = visible(id, user);
        if (!history.own()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the practitioner answers their pulse");
        }
        Optional<Answers> answers = form.validate(binding);
        if (answers.isPresent()) {
            try {
                pulse.answer(answers.get(), UkTime.today(clock), user);
                redirect.addFlashAttribute("flash", "Thank you: your answers have been saved");
                return "redirect:/practitioners/" + id + "/pulse";
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return page(id, user, model);
    }

    @GetMapping("/organisations/{id}/pulse")
    @PreAuthorize(Pulse.MANAGE)
    String initScheduleForm(@PathVariable OrganisationId id, Model model) {
        model.addAttribute("organisation", structure.ref(id).orElseThrow(() -> NotFound.of("organisation", id)));
        model.addAttribute("everyWeeks", String.valueOf(pulse.everyWeeks(id)));
        return "workforce/pulse/schedule";
    }

    @PostMapping("/organisations/{id}/pulse")
    @PreAuthorize(Pulse.MANAGE)
    String processScheduleForm(@PathVariable OrganisationId id, @RequestParam(defaultValue = "") String everyWeeks,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        var organisation = structure.ref(id).orElseThrow(() -> NotFound.of("organisation", id));
        String problem;
        try {
            pulse.setEveryWeeks(id, Integer.parseInt(everyWeeks.strip()), user);
            redirect.addFlashAttribute("flash", "The pulse at " + organisation.name() + " is now asked every "
                    + everyWeeks.strip() + " weeks");
            return "redirect:/organisations/" + id;
        } catch (NumberFormatException e) {
            problem = "Enter how often to ask as a whole number of weeks, like 4";
        } catch (Refusal refusal) {
            problem = refusal.firstMessage();
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("everyWeeks", everyWeeks);
        model.addAttribute("problem", problem);
        return "workforce/pulse/schedule";
    }

    private PulseHistory visible(PractitionerId id, PathwayUser user) {
        return pulse.history(id, UkTime.today(clock), user).orElseThrow(() -> NotFound.of("practitioner", id));
    }

    private String page(PractitionerId id, PathwayUser user, Model model) {
        model.addAttribute("history", visible(id, user));
        model.addAttribute("scale", SCALE);
        return "workforce/pulse/practitioner";
    }
}
