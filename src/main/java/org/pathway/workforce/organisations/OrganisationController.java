package org.pathway.workforce.organisations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.NotFound;
import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.FundingSource;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.OrganisationStructure.OrganisationDetails;
import org.pathway.workforce.OrganisationStructure.OrganisationRow;
import org.pathway.workforce.OrganisationStructure.OrganisationSearch;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.PractitionerProfiles;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.ServiceCatalogue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** The organisation structure: a filtered list, each organisation with what sits under it, and the admin form. */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

    static final int PAGE_SIZE = 25;
    private static final String FORM = "workforce/organisations/form";

    private final OrganisationStructure structure;
    private final ServiceCatalogue catalogue;
    private final PractitionerProfiles profiles;
    private final Pulse pulse;

    OrganisationController(OrganisationStructure structure, ServiceCatalogue catalogue, PractitionerProfiles profiles,
            Pulse pulse) {
        this.pulse = pulse;
        this.profiles = profiles;
        this.structure = structure;
        this.catalogue = catalogue;
    }

    @GetMapping
    @PreAuthorize(OrganisationStructure.VIEW)
    String showOrganisations(@RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        Page<OrganisationRow> results = structure.search(new OrganisationSearch(kind, q),
                PageRequest.of(Forms.page(page), PAGE_SIZE));
        model.addAttribute("results", results);
        model.addAttribute("pages", Pagination.of(results, request));
        model.addAttribute("kinds", Option.of(OrganisationKind.values(), OrganisationKind::label));
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("mayManage", user.can(Permissions.ORGANISATIONS_MANAGE));
        return "workforce/organisations/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(OrganisationStructure.VIEW)
    String showOrganisation(@PathVariable OrganisationId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        OrganisationDetails organisation = structure.organisation(id)
                .orElseThrow(() -> NotFound.of("organisation", id));
        model.addAttribute("organisation", organisation);
        model.addAttribute("childGroups", byKind(organisation.children()));
        boolean seesServices = user.can(Permissions.SERVICES_VIEW);
        model.addAttribute("services", seesServices && organisation.employerType() != null
                ? catalogue.servicesOf(id) : List.of());
        boolean registersPatients = organisation.kind() == OrganisationKind.PCN
                || organisation.kind() == OrganisationKind.GP_PRACTICE;
        model.addAttribute("coveringServices", seesServices && registersPatients
                ? catalogue.servicesCovering(id) : List.of());
        model.addAttribute("mayManage", user.can(Permissions.ORGANISATIONS_MANAGE));
        boolean practice = organisation.kind() == OrganisationKind.GP_PRACTICE;
        model.addAttribute("isPractice", practice);
        boolean employs = organisation.employerType() != null;
        model.addAttribute("pulseEveryWeeks", employs ? pulse.everyWeeks(id) : null);
        model.addAttribute("maySetPulse", employs && user.can(Permissions.PRACTITIONERS_MANAGE)
                && (user.role() == org.pathway.governance.Role.ADMINISTRATOR || id.value().equals(user.organisationId())));
        model.addAttribute("champion", practice ? profiles.champion(id).orElse(null) : null);
        model.addAttribute("mayNameChampion", practice && user.can(Permissions.PRACTITIONERS_MANAGE));
        return "workforce/organisations/show";
    }

    @GetMapping("/new")
    @PreAuthorize(OrganisationStructure.MANAGE)
    String initCreateForm(Model model) {
        model.addAttribute("form", OrganisationCommand.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(OrganisationStructure.MANAGE)
    String processCreateForm(@Valid @ModelAttribute("form") OrganisationCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            OrganisationId id = structure.create(form);
            redirect.addFlashAttribute("flash", form.name() + " has been added");
            return "redirect:/organisations/" + id;
        } catch (Refusal problems) {
            Forms.reject(binding, problems);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(OrganisationStructure.MANAGE)
    String initUpdateForm(@PathVariable OrganisationId id, Model model) {
        model.addAttribute("form", structure.commandFor(id)
                .orElseThrow(() -> NotFound.of("organisation", id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(OrganisationStructure.MANAGE)
    String processUpdateForm(@PathVariable OrganisationId id, @Valid @ModelAttribute("form") OrganisationCommand form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            structure.update(id, form);
            redirect.addFlashAttribute("flash", "Your changes to " + form.name() + " have been saved");
            return "redirect:/organisations/" + id;
        } catch (Refusal problems) {
            Forms.reject(binding, problems);
            return form(model, id);
        }
    }

    private String form(Model model, OrganisationId id) {
        model.addAttribute("existing", id == null ? null : structure.ref(id).orElse(null));
        model.addAttribute("kinds", Option.of(OrganisationKind.values(), OrganisationKind::label));
        Map<String, List<Option>> parents = new LinkedHashMap<>();
        byKind(structure.organisations(EnumSet.of(OrganisationKind.ICS, OrganisationKind.LOCALITY,
                OrganisationKind.PCN))).forEach((kind, orgs) -> parents.put(kind.label(), OrganisationOptions.of(orgs)));
        model.addAttribute("parents", parents);
        model.addAttribute("employerTypes", Option.of(EmployerType.values(), EmployerType::label));
        model.addAttribute("contractings", Option.of(Contracting.values(), c -> c.label() + ": " + c.description()));
        model.addAttribute("fundingSources", Option.of(FundingSource.values(), FundingSource::label));
        return FORM;
    }

    private static Map<OrganisationKind, List<OrganisationRef>> byKind(List<OrganisationRef> organisations) {
        Map<OrganisationKind, List<OrganisationRef>> groups = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            List<OrganisationRef> ofKind = organisations.stream().filter(o -> o.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                groups.put(kind, ofKind);
            }
        }
        return groups;
    }
}
