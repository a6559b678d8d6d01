package org.pathway.engagement.cases;

import jakarta.validation.Valid;
import java.util.UUID;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.engagement.cases.CaseForms.ReopenForm;
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

/**
 * A case's summary page (the referral, the work in hand, the history) and reopening a closed case. Every case page
 * starts with {@link CaseAccess#require}: a case outside the user's scope is not found.
 */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseController {

    private final CaseAccess access;
    private final CaseFigures figures;
    private final CaseContacts contacts;
    private final CaseTasks tasks;
    private final CaseNotes notes;
    private final CaseHistoryQueries history;
    private final CaseAllocation allocation;
    private final CaseLifecycle lifecycle;
    private final ReferralDetails referrals;

    CaseController(CaseAccess access, CaseFigures figures, CaseContacts contacts, CaseTasks tasks, CaseNotes notes,
            CaseHistoryQueries history, CaseAllocation allocation, CaseLifecycle lifecycle, ReferralDetails referrals) {
        this.access = access;
        this.figures = figures;
        this.contacts = contacts;
        this.tasks = tasks;
        this.notes = notes;
        this.history = history;
        this.allocation = allocation;
        this.lifecycle = lifecycle;
        this.referrals = referrals;
    }

    @GetMapping
    @PreAuthorize(Cases.WORK)
    String showSummary(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseSummary header = access.require(caseId, user);
        return summary(header, user, model, new ReopenForm(null), null);
    }

    @PostMapping("/reopen")
    @PreAuthorize(Cases.WORK)
    String reopen(@PathVariable UUID caseId, @Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        if (!binding.hasErrors() && CaseChanges.made(binding, () -> {
            lifecycle.reopen(caseId, form.reason(), user);
            return "Case reopened";
        }, redirect)) {
            return "redirect:/cases/" + caseId;
        }
        return summary(header, user, model, form, binding);
    }

    private String summary(CaseSummary header, PathwayUser user, Model model, ReopenForm reopen, BindingResult binding) {
        model.addAttribute("case", header);
        model.addAttribute("referral", referrals.summary(new ReferralId(header.referralId())).orElse(null));
        model.addAttribute("delivery", figures.delivery(header.caseId()));
        model.addAttribute("recentContacts", contacts.contacts(header, 0, 5).getContent());
        model.addAttribute("openTasks", tasks.tasks(header, true));
        model.addAttribute("concerns", notes.notes(header, true, 0, 50).getContent());
        model.addAttribute("history", history.history(header, user));
        model.addAttribute("grants", allocation.grants(header, user));
        model.addAttribute("manager", CaseAllocation.isManagerOf(header, user));
        if (binding == null || !model.containsAttribute("reopenForm")) {
            model.addAttribute("reopenForm", reopen);
        }
        return "engagement/cases/summary";
    }
}
