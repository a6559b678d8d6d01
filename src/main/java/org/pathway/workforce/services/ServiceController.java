package org.pathway.workforce.services;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceCatalogue.ServiceSearch;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
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

/** SocialPrescribingServiceRepository and their delivery models: the list referrers choose from, each model in plain words, and the form. */
@Controller
@RequestMapping("/services")
class ServiceController {

    static final int PAGE_SIZE = 20;
    private static final String FORM = "workforce/services/form";

    private final ServiceCatalogue catalogue;
    private final OrganisationStructure structure;
    private final Training training;
    private final Supervision supervision;

    ServiceController(ServiceCatalogue catalogue, OrganisationStructure structure, Training training,
            Supervision supervision) {
        this.training = training;
        this.supervision = supervision;
        this.catalogue = catalogue;
        this.structure = structure;
    }

    @GetMapping
    @PreAuthorize(ServiceCatalogue.VIEW)
    String showServices(@RequestParam(required = false) AccessModel access,
            @RequestParam(required = false) EngagementModel engagement, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        Page<ServiceSummary> results = catalogue.search(new ServiceSearch(access, engagement, null, q),
                PageRequest.of(Forms.page(page), PAGE_SIZE));
        model.addAttribute("results", results);
        model.addAttribute("pages", Pagination.of(results, request));
        model.addAttribute("accessModels", AccessModel.values());
        model.addAttribute("engagementModels", EngagementModel.values());
        model.addAttribute("access", access);
        model.addAttribute("engagement", engagement);
        model.addAttribute("q", q);
        model.addAttribute("mayAdd", user.can(Permissions.SERVICES_MANAGE)
                && (user.role() == Role.ADMINISTRATOR || user.organisationId() != null));
        return "workforce/services/list";
    }

    /** A course the service requires, for its page. */
    record MandatoryRow(String course, Integer renewalMonths) {}

    @GetMapping("/{id}")
    @PreAuthorize(ServiceCatalogue.VIEW)
    String showService(@PathVariable ServiceId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        ServiceDetails service = catalogue.service(id).orElseThrow(() -> NotFound.of("service", id));
        model.addAttribute("service", service);
        model.addAttribute("model", service.model());
        model.addAttribute("criteria", service.model().criteria());
        model.addAttribute("mayManage", ServiceCatalogue.mayManage(service.employer().id(), user));
        model.addAttribute("mayViewOrganisations", user.can(Permissions.ORGANISATIONS_VIEW));
        Map<UUID, String> courseNames = new HashMap<>();
        training.courses().forEach(c -> courseNames.put(c.id(), c.name()));
        model.addAttribute("mandatoryTraining", training.mandatoryFor(id).stream()
                .map(m -> new MandatoryRow(courseNames.get(m.courseId()), m.renewalMonths())).toList());
        model.addAttribute("supervisionRequired", supervision.requirementsFor(id));
        return "workforce/services/show";
    }

    @GetMapping("/new")
    @PreAuthorize(ServiceCatalogue.MANAGE)
    String initCreateForm(@AuthenticationPrincipal PathwayUser user, Model model) {
        ServiceCommand form = ServiceCommand.blank(user.role() == Role.ADMINISTRATOR ? null : ownOrganisation(user));
        model.addAttribute("form", form);
        return form(model, user, null, Submitted.of(form));
    }

    @PostMapping("/new")
    @PreAuthorize(ServiceCatalogue.MANAGE)
    String processCreateForm(@Valid @ModelAttribute("form") ServiceCommand form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, user, null, Submitted.of(binding));
        }
        try {
            ServiceId id = catalogue.create(form, user);
            redirect.addFlashAttribute("flash", form.name() + " has been added");
            return "redirect:/services/" + id;
        } catch (Refusal problems) {
            Forms.reject(binding, problems);
            return form(model, user, null, Submitted.of(binding));
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ServiceCatalogue.MANAGE)
    String initUpdateForm(@PathVariable ServiceId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        ServiceCommand form = catalogue.commandFor(id, user)
                .orElseThrow(() -> NotFound.of("service", id));
        model.addAttribute("form", form);
        return form(model, user, id, Submitted.of(form));
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(ServiceCatalogue.MANAGE)
    String processUpdateForm(@PathVariable ServiceId id, @Valid @ModelAttribute("form") ServiceCommand form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        // Refuse before showing any form when the service is not the user's to change.
        catalogue.commandFor(id, user).orElseThrow(() -> NotFound.of("service", id));
        if (binding.hasErrors()) {
            return form(model, user, id, Submitted.of(binding));
        }
        try {
            catalogue.update(id, form, user);
            redirect.addFlashAttribute("flash", "Your changes to " + form.name() + " have been saved");
            return "redirect:/services/" + id;
        } catch (Refusal problems) {
            Forms.reject(binding, problems);
            return form(model, user, id, Submitted.of(binding));
        }
    }

    private String form(Model model, PathwayUser user, ServiceId id, Submitted submitted) {
        model.addAttribute("submitted", submitted);
        model.addAttribute("existing", id == null ? null : catalogue.service(id).orElse(null));
        boolean administrator = user.role() == Role.ADMINISTRATOR;
        model.addAttribute("chooseEmployer", administrator);
        List<OrganisationRef> employers = administrator ? structure.employers()
                : structure.ref(ownOrganisation(user)).stream().toList();
        model.addAttribute("employers", OrganisationOptions.of(employers));
        model.addAttribute("ownEmployer", administrator ? null : employers.stream().findFirst().orElse(null));
        model.addAttribute("accessModels", AccessModel.values());
        model.addAttribute("engagementModels", EngagementModel.values());
        model.addAttribute("needs", Option.of(Need.values(), Need::label));
        model.addAttribute("exclusionFlags", Option.of(ExclusionFlag.values(), ExclusionFlag::label));
        model.addAttribute("localities", structure.localities());
        return FORM;
    }

    private static OrganisationId ownOrganisation(PathwayUser user) {
        if (user.organisationId() == null) {
            throw new AccessDeniedException("A service manager needs an organisation to add services");
        }
        return new OrganisationId(user.organisationId());
    }
}
