package org.pathway.engagement.cases;

import org.pathway.platform.web.Option;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.engagement.cases.CaseForms.GrantForm;
import org.pathway.engagement.cases.CaseForms.ReallocateForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manager's allocation page of a case: reallocating it, and giving it to (or taking it back from) a link worker. */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseAllocationController {

    private final CaseAccess access;
    private final CaseAllocation allocation;

    CaseAllocationController(CaseAccess access, CaseAllocation allocation) {
        this.access = access;
        this.allocation = allocation;
    }

    @GetMapping("/allocation")
    @PreAuthorize(Cases.MANAGE)
    String showAllocation(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseSummary header = access.require(caseId, user);
        model.addAttribute("reallocateForm", new ReallocateForm(null, null));
        model.addAttribute("grantForm", new GrantForm(null, null));
        return allocation(header, user, model);
    }

    @PostMapping("/reallocate")
    @PreAuthorize(Cases.MANAGE)
    String reallocate(@PathVariable UUID caseId, @Valid @ModelAttribute("reallocateForm") ReallocateForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        if (!binding.hasErrors()
                && CaseChanges.made(binding, () -> allocation.reallocate(header, form, user), redirect)) {
            return "redirect:/cases/" + caseId;
        }
        model.addAttribute("grantForm", new GrantForm(null, null));
        return allocation(header, user, model);
    }

    @PostMapping("/grants")
    @PreAuthorize(Cases.MANAGE)
    String grant(@PathVariable UUID caseId, @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        if (!binding.hasErrors() && CaseChanges.made(binding, () -> allocation.grant(header, form, user), redirect)) {
            return "redirect:/cases/" + caseId + "/allocation";
        }
        model.addAttribute("reallocateForm", new ReallocateForm(null, null));
        return allocation(header, user, model);
    }

    @PostMapping("/grants/{grantId}/revoke")
    @PreAuthorize(Cases.MANAGE)
    String revoke(@PathVariable UUID caseId, @PathVariable long grantId, @AuthenticationPrincipal PathwayUser user,
            RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        try {
            redirect.addFlashAttribute("flash", allocation.revoke(header, grantId, user));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("flashError", refused.firstMessage());
        }
        return "redirect:/cases/" + caseId + "/allocation";
    }

    private String allocation(CaseSummary header, PathwayUser user, Model model) {
        if (!CaseAllocation.isManagerOf(header, user)) {
            throw NotFound.of("case", header.caseId());
        }
        model.addAttribute("case", header);
        model.addAttribute("servicePractitioners", allocation.servicePractitioners(header, user).stream()
                .filter(p -> !p.id().value().equals(header.practitionerId()))
                .map(p -> new Option(p.id().toString(), p.name())).toList());
        model.addAttribute("organisationPractitioners", allocation.organisationPractitioners(header, user).stream()
                .filter(p -> !p.id().value().equals(header.practitionerId()))
                .map(p -> new Option(p.id().toString(), p.name())).toList());
        model.addAttribute("grants", allocation.grants(header, user));
        return "engagement/cases/allocation";
    }
}
