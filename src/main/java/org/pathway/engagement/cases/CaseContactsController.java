package org.pathway.engagement.cases;

import org.pathway.platform.web.Option;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.engagement.ContactDepth;
import org.pathway.engagement.ContactMode;
import org.pathway.engagement.KindOfWork;
import org.pathway.engagement.cases.CaseForms.ContactForm;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Pagination;
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

/** A case's contacts page: the contacts and attempts so far, and the form that records one. */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseContactsController {

    private final CaseAccess access;
    private final CaseContacts contacts;
    private final CaseFigures figures;

    CaseContactsController(CaseAccess access, CaseContacts contacts, CaseFigures figures) {
        this.access = access;
        this.contacts = contacts;
        this.figures = figures;
    }

    @GetMapping("/contacts")
    @PreAuthorize(Cases.WORK)
    String showContacts(@PathVariable UUID caseId, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "false") boolean attempt, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        CaseSummary header = access.require(caseId, user);
        model.addAttribute("form", ContactForm.blank(figures.today(), attempt));
        return contacts(header, page, request, model);
    }

    @PostMapping("/contacts")
    @PreAuthorize(Cases.WORK)
    String recordContact(@PathVariable UUID caseId, @Valid @ModelAttribute("form") ContactForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        form.checkDates(binding);
        if (!binding.hasErrors()
                && CaseChanges.made(binding, () -> contacts.recordContact(header, form, user), redirect)) {
            return "redirect:/cases/" + caseId + "/contacts";
        }
        return contacts(header, 1, request, model);
    }

    private String contacts(CaseSummary header, int page, HttpServletRequest request, Model model) {
        var shown = contacts.contacts(header, Math.max(1, page) - 1, CaseContacts.PAGE_SIZE);
        model.addAttribute("case", header);
        model.addAttribute("contacts", shown);
        model.addAttribute("pages", Pagination.of(shown, request));
        model.addAttribute("delivery", figures.delivery(header.caseId()));
        model.addAttribute("modes", Option.of(ContactMode.values(), ContactMode::label));
        model.addAttribute("kinds", Option.of(KindOfWork.values(), KindOfWork::label));
        model.addAttribute("depths", Option.of(ContactDepth.values(), ContactDepth::label));
        model.addAttribute("today", figures.today());
        return "engagement/cases/contacts";
    }
}
