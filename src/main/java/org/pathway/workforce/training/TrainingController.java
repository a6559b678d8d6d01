package org.pathway.workforce.training;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.Training;
import org.pathway.workforce.Training.MandatoryCourse;
import org.pathway.workforce.Training.TrainingCommand;
import org.pathway.workforce.Training.TrainingStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practitioner's training (theirs, or their manager's view) and a service's mandatory set. */
@Controller
class TrainingController {

    private static final String PRACTITIONER_PAGE = "workforce/training/practitioner";
    private static final String SERVICE_FORM = "workforce/training/service";

    private final Training training;
    private final ServiceCatalogue services;
    private final Clock clock;

    TrainingController(Training training, ServiceCatalogue services, Clock clock) {
        this.training = training;
        this.services = services;
        this.clock = clock;
    }

    @GetMapping("/practitioners/{id}/training")
    @PreAuthorize(Training.VIEW)
    String showTraining(@PathVariable PractitionerId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("form", TrainingForm.blank());
        return page(id, user, model);
    }

    @PostMapping("/practitioners/{id}/training")
    @PreAuthorize(Training.VIEW)
    String recordTraining(@PathVariable PractitionerId id, @ModelAttribute("form") TrainingForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        TrainingStatus status = visible(id, user);
        Optional<TrainingCommand> command = form.validate(binding);
        if (command.isEmpty()) {
            return page(id, user, model);
        }
        try {
            training.record(id, command.get(), user);
        } catch (Refusal refusal) {
            Forms.reject(binding, refusal);
            return page(id, user, model);
        }
        String course = training.courses().stream().filter(c -> c.id().equals(command.get().courseId()))
                .map(Training.Course::name).findFirst().orElse("The course");
        redirect.addFlashAttribute("flash", course + " has been recorded for " + status.practitionerName());
        return "redirect:/practitioners/" + id + "/training";
    }

    @GetMapping("/services/{id}/training")
    @PreAuthorize(Training.MANAGE_SERVICES)
    String initMandatoryForm(@PathVariable ServiceId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        services.commandFor(id, user).orElseThrow(() -> NotFound.of("service", id));
        Map<UUID, MandatoryCourse> current = new java.util.HashMap<>();
        training.mandatoryFor(id).forEach(m -> current.put(m.courseId(), m));
        List<Row> rows = training.courses().stream().map(c -> new Row(c, current.containsKey(c.id()),
                current.containsKey(c.id()) && current.get(c.id()).renewalMonths() != null
                        ? String.valueOf(current.get(c.id()).renewalMonths()) : "", null)).toList();
        return serviceForm(id, user, rows, model);
    }

    @PostMapping("/services/{id}/training")
    @PreAuthorize(Training.MANAGE_SERVICES)
    String processMandatoryForm(@PathVariable ServiceId id, @RequestParam(name = "course", required = false)
            List<UUID> chosen, @RequestParam Map<String, String> params, @AuthenticationPrincipal PathwayUser user,
            Model model, RedirectAttributes redirect) {
        var service = services.commandFor(id, user).orElseThrow(() -> NotFound.of("service", id));
        List<UUID> ticked = chosen == null ? List.of() : chosen;
        List<MandatoryCourse> courses = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        MapBindingResult binding = new MapBindingResult(new HashMap<>(params), "mandatory");
        for (Training.Course course : training.courses()) {
            boolean on = ticked.contains(course.id());
            String typed = params.getOrDefault("renewal-" + course.id(), "").strip();
            String error = null;
            Integer months = null;
            if (on && !typed.isEmpty()) {
                try {
                    months = Integer.valueOf(typed);
                    if (months < 1 || months > 120) {
                        error = "Renewal period for " + course.name() + " must be between 1 and 120 months";
                    }
                } catch (NumberFormatException e) {
                    error = "Enter the renewal period for " + course.name() + " as a whole number of months, like 36";
                }
            }
            if (error != null) {
                binding.rejectValue("renewal-" + course.id(), "renewal", error);
            }
            rows.add(new Row(course, on, typed, error));
            if (on) {
                courses.add(new MandatoryCourse(course.id(), months));
            }
        }
        if (!binding.hasErrors()) {
            try {
                training.setMandatory(id, courses, user);
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        if (binding.hasErrors()) {
            model.addAttribute("mandatory", binding.getTarget());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "mandatory", binding);
            return serviceForm(id, user, rows, model);
        }
        redirect.addFlashAttribute("flash", "Mandatory training for " + service.name() + " has been saved");
        return "redirect:/services/" + id;
    }

    /** A course on the service's form: whether it is mandatory, its renewal period as typed, and any problem. */
    record Row(Training.Course course, boolean mandatory, String renewal, String error) {}

    private String serviceForm(ServiceId id, PathwayUser user, List<Row> rows, Model model) {
        model.addAttribute("service", services.service(id).orElseThrow(() -> NotFound.of("service", id)));
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("mandatory")) {
            model.addAttribute("mandatory", Map.of()); // the form's problems, when it has any, are on the binding result
        }
        return SERVICE_FORM;
    }

    private TrainingStatus visible(PractitionerId id, PathwayUser user) {
        return training.status(id, UkTime.today(clock), user).orElseThrow(() -> NotFound.of("practitioner", id));
    }

    private String page(PractitionerId id, PathwayUser user, Model model) {
        model.addAttribute("status", visible(id, user));
        model.addAttribute("courses", training.courses().stream()
                .map(c -> new Option(c.id().toString(), c.name())).toList());
        model.addAttribute("expiringWithinDays", Training.EXPIRING_WITHIN_DAYS);
        return PRACTITIONER_PAGE;
    }
}
