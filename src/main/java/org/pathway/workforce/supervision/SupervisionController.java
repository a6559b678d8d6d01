package org.pathway.workforce.supervision;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.Supervision;
import org.pathway.workforce.Supervision.Requirement;
import org.pathway.workforce.Supervision.SessionCommand;
import org.pathway.workforce.Supervision.SupervisionStatus;
import org.pathway.workforce.SupervisionKind;
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

/** A practitioner's supervision (theirs, or their manager's view) and a service's required frequencies. */
@Controller
class SupervisionController {

    private final Supervision supervision;
    private final ServiceCatalogue services;
    private final Clock clock;

    SupervisionController(Supervision supervision, ServiceCatalogue services, Clock clock) {
        this.supervision = supervision;
        this.services = services;
        this.clock = clock;
    }

    @GetMapping("/practitioners/{id}/supervision")
    @PreAuthorize(Supervision.VIEW)
    String showSupervision(@PathVariable PractitionerId id, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model) {
        model.addAttribute("form", SessionForm.blank());
        return page(id, user, page, request, model);
    }

    @PostMapping("/practitioners/{id}/supervision")
    @PreAuthorize(Supervision.VIEW)
    String logSession(@PathVariable PractitionerId id, @ModelAttribute("form") SessionForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        SupervisionStatus status = visible(id, user);
        Optional<SessionCommand> command = form.validate(binding);
        if (command.isEmpty()) {
            return page(id, user, 1, request, model);
        }
        try {
            supervision.log(id, command.get(), user);
        } catch (Refusal refusal) {
            Forms.reject(binding, refusal);
            return page(id, user, 1, request, model);
        }
        redirect.addFlashAttribute("flash", command.get().kind().label() + " supervision has been logged for "
                + status.practitionerName());
        return "redirect:/practitioners/" + id + "/supervision";
    }

    @GetMapping("/services/{id}/supervision")
    @PreAuthorize(Supervision.MANAGE_SERVICES)
    String initRequirementsForm(@PathVariable ServiceId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        services.commandFor(id, user).orElseThrow(() -> NotFound.of("service", id));
        Map<SupervisionKind, Integer> current = new HashMap<>();
        supervision.requirementsFor(id).forEach(r -> current.put(r.kind(), r.everyWeeks()));
        List<Row> rows = new ArrayList<>();
        for (SupervisionKind kind : SupervisionKind.values()) {
            rows.add(new Row(kind, current.containsKey(kind) ? String.valueOf(current.get(kind)) : "", null));
        }
        return requirementsForm(id, rows, model);
    }

    @PostMapping("/services/{id}/supervision")
    @PreAuthorize(Supervision.MANAGE_SERVICES)
    String processRequirementsForm(@PathVariable ServiceId id, @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        var service = services.commandFor(id, user).orElseThrow(() -> NotFound.of("service", id));
        MapBindingResult binding = new MapBindingResult(new HashMap<>(params), "requirements");
        List<Row> rows = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        for (SupervisionKind kind : SupervisionKind.values()) {
            String field = "weeks-" + kind.name();
            String typed = params.getOrDefault(field, "").strip();
            if (typed.isEmpty()) {
                continue;
            }
            try {
                requirements.add(new Requirement(kind, Integer.parseInt(typed)));
            } catch (NumberFormatException e) {
                binding.rejectValue(field, "number", "Enter how often " + kind.label().toLowerCase()
                        + " supervision is required as a whole number of weeks, like 4");
            }
        }
        if (!binding.hasErrors()) {
            try {
                supervision.setRequirements(id, requirements, user);
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        if (binding.hasErrors()) {
            for (SupervisionKind kind : SupervisionKind.values()) {
                String field = "weeks-" + kind.name();
                var error = binding.getFieldError(field);
                rows.add(new Row(kind, params.getOrDefault(field, "").strip(),
                        error == null ? null : error.getDefaultMessage()));
            }
            model.addAttribute("requirements", binding.getTarget());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "requirements", binding);
            return requirementsForm(id, rows, model);
        }
        redirect.addFlashAttribute("flash", "Supervision required for " + service.name() + " has been saved");
        return "redirect:/services/" + id;
    }

    /** A kind on the service's form: how often it is required, as typed (blank: not required). */
    record Row(SupervisionKind kind, String weeks, String error) {}

    private String requirementsForm(ServiceId id, List<Row> rows, Model model) {
        model.addAttribute("service", services.service(id).orElseThrow(() -> NotFound.of("service", id)));
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("requirements")) {
            model.addAttribute("requirements", Map.of()); // its problems, when it has any, are on the binding result
        }
        return "workforce/supervision/service";
    }

    private SupervisionStatus visible(PractitionerId id, PathwayUser user) {
        return supervision.status(id, UkTime.today(clock), user).orElseThrow(() -> NotFound.of("practitioner", id));
    }

    /** Sessions in a page of the table, latest first. */
    static final int SESSIONS_PAGE = 25;

    private String page(PractitionerId id, PathwayUser user, int page, HttpServletRequest request, Model model) {
        SupervisionStatus status = visible(id, user);
        model.addAttribute("status", status);
        var all = status.sessions();
        int from = Math.min(Forms.page(page) * SESSIONS_PAGE, all.size());
        var shown = new org.springframework.data.domain.PageImpl<>(all.subList(from, Math.min(from + SESSIONS_PAGE,
                all.size())), org.springframework.data.domain.PageRequest.of(Forms.page(page), SESSIONS_PAGE), all.size());
        model.addAttribute("sessions", shown);
        model.addAttribute("pages", org.pathway.platform.Pagination.of(shown, request));
        model.addAttribute("kinds", java.util.Arrays.stream(SupervisionKind.values())
                .map(k -> new Option(k.name(), k.label())).toList());
        return "workforce/supervision/practitioner";
    }
}
