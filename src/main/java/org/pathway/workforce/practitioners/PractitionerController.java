package org.pathway.workforce.practitioners;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.pathway.platform.UkTime;
import org.pathway.workforce.Equipment;
import org.pathway.workforce.PractitionerProfiles;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.Supervision;
import org.pathway.workforce.Training;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.pathway.platform.NotFound;
import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister.PractitionerDetails;
import org.pathway.workforce.PractitionerRegister.PractitionerSearch;
import org.pathway.workforce.PractitionerRegister.PractitionerSummary;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.organisations.OrganisationOptions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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

/** PractitionerRepository in the user's scope: the filtered list, one practitioner, and the form for managers and admins. */
@Controller
@RequestMapping("/practitioners")
class PractitionerController {

    static final int PAGE_SIZE = 25;
    private static final String FORM = "workforce/practitioners/form";

    private final PractitionerRegister register;
    private final ServiceCatalogue catalogue;
    private final Training training;
    private final Supervision supervision;
    private final Equipment equipment;
    private final PractitionerProfiles profiles;
    private final Pulse pulse;
    private final TimeUse timeUse;
    private final Clock clock;

    PractitionerController(PractitionerRegister register, ServiceCatalogue catalogue, Training training,
            Supervision supervision, Equipment equipment, PractitionerProfiles profiles, Pulse pulse, TimeUse timeUse, Clock clock) {
        this.pulse = pulse;
        this.timeUse = timeUse;
        this.profiles = profiles;
        this.supervision = supervision;
        this.equipment = equipment;
        this.register = register;
        this.catalogue = catalogue;
        this.training = training;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(PractitionerRegister.VIEW)
    String showPractitioners(@RequestParam(required = false) OrganisationId employer, @RequestParam(required = false) ServiceId service,
            @RequestParam(required = false) String title, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model) {
        Page<PractitionerSummary> results = register.search(new PractitionerSearch(employer, service, title),
                PageRequest.of(Forms.page(page), PAGE_SIZE), user);
        model.addAttribute("results", results);
        model.addAttribute("pages", Pagination.of(results, request));
        model.addAttribute("employers", OrganisationOptions.of(register.employersInScope(user)));
        model.addAttribute("services", serviceOptions(user));
        model.addAttribute("titles", register.jobTitles(user));
        model.addAttribute("employer", employer == null ? null : employer.toString());
        model.addAttribute("service", service == null ? null : service.toString());
        model.addAttribute("title", title);
        model.addAttribute("mayAdd", user.can(Permissions.PRACTITIONERS_MANAGE)
                && !register.employersInScope(user).isEmpty());
        return "workforce/practitioners/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(PractitionerRegister.VIEW)
    String showPractitioner(@PathVariable PractitionerId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        PractitionerDetails practitioner = register.practitioner(id, user)
                .orElseThrow(() -> NotFound.of("practitioner", id));
        model.addAttribute("practitioner", practitioner);
        model.addAttribute("mayManage", user.can(Permissions.PRACTITIONERS_MANAGE));
        model.addAttribute("mayViewOrganisations", user.can(Permissions.ORGANISATIONS_VIEW));
        // Training is shown to the practitioner and their manager only.
        model.addAttribute("training", training.status(id, UkTime.today(clock), user).orElse(null));
        model.addAttribute("supervision", supervision.status(id, UkTime.today(clock), user).orElse(null));
        model.addAttribute("equipment", equipment.readiness(id, UkTime.today(clock), user).orElse(null));
        model.addAttribute("pulse", pulse.history(id, UkTime.today(clock), user).orElse(null));
        model.addAttribute("timeUse", timeUse.history(id, UkTime.today(clock), user).orElse(null));
        model.addAttribute("profile", profiles.profile(id, user).orElseThrow(() -> NotFound.of("practitioner", id)));
        return "workforce/practitioners/show";
    }

    @GetMapping("/new")
    @PreAuthorize(PractitionerRegister.MANAGE)
    String initCreateForm(@AuthenticationPrincipal PathwayUser user, Model model) {
        List<OrganisationRef> employers = register.employersInScope(user);
        if (employers.isEmpty()) {
            throw new AccessDeniedException("No employing organisation in scope");
        }
        PractitionerCommand form = PractitionerCommand.blank(employers.size() == 1 ? employers.get(0).id() : null);
        model.addAttribute("form", form);
        return form(model, user, null, Submitted.of(form));
    }

    @PostMapping("/new")
    @PreAuthorize(PractitionerRegister.MANAGE)
    String processCreateForm(@Valid @ModelAttribute("form") PractitionerCommand form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, user, null, Submitted.of(binding));
        }
        try {
            PractitionerId id = register.create(form, user);
            redirect.addFlashAttribute("flash", form.name() + " has been added");
            return "redirect:/practitioners/" + id;
        } catch (Refusal problems) {
            Forms.reject(binding, problems);
            return form(model, user, null, Submitted.of(binding));
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(PractitionerRegister.MANAGE)
    String initUpdateForm(@PathVariable PractitionerId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        PractitionerCommand form = register.commandFor(id, user)
                .orElseThrow(() -> NotFound.of("practitioner", id));
        model.addAttribute("form", form);
        return form(model, user, id, Submitted.of(form));
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(PractitionerRegister.MANAGE)
    String processUpdateForm(@PathVariable PractitionerId id, @Valid @ModelAttribute("form") PractitionerCommand form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        register.commandFor(id, user).orElseThrow(() -> NotFound.of("practitioner", id));
        if (binding.hasErrors()) {
            return form(model, user, id, Submitted.of(binding));
        }
        try {
            register.update(id, form, user);
            redirect.addFlashAttribute("flash", "Your changes to " + form.name() + " have been saved");
            return "redirect:/practitioners/" + id;
        } catch (Refusal problems) {
            Forms.reject(binding, problems);
            return form(model, user, id, Submitted.of(binding));
        }
    }

    private String form(Model model, PathwayUser user, PractitionerId id, Submitted submitted) {
        model.addAttribute("submitted", submitted);
        model.addAttribute("existing", id == null ? null : register.practitioner(id, user).orElse(null));
        List<OrganisationRef> employers = register.employersInScope(user);
        model.addAttribute("employers", OrganisationOptions.of(employers));
        model.addAttribute("chooseEmployer", employers.size() > 1);
        model.addAttribute("ownEmployer", employers.size() == 1 ? employers.get(0) : null);
        model.addAttribute("services", serviceOptions(user));
        model.addAttribute("titles", register.jobTitles(user));
        return FORM;
    }

    /** The services this user may filter by or assign: every service for an administrator, else their own. */
    private List<Option> serviceOptions(PathwayUser user) {
        if (!user.can(Permissions.SERVICES_VIEW)) {
            return List.of();
        }
        boolean administrator = user.role() == Role.ADMINISTRATOR;
        List<ServiceSummary> services = administrator ? catalogue.services()
                : user.organisationId() == null ? List.of()
                : catalogue.servicesOf(new OrganisationId(user.organisationId()));
        return services.stream()
                .map(s -> new Option(s.id().toString(), administrator ? s.name() + " – " + s.employer().name() : s.name()))
                .toList();
    }
}
