package org.pathway.engagement.cases;

import org.pathway.engagement.Cases;
import org.pathway.engagement.CaseSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.pathway.engagement.ContactDepth;
import org.pathway.engagement.ContactMode;
import org.pathway.engagement.KindOfWork;
import org.pathway.engagement.cases.CaseForms.ContactForm;
import org.pathway.engagement.cases.CaseForms.GrantForm;
import org.pathway.engagement.cases.CaseForms.NoteForm;
import org.pathway.engagement.cases.CaseForms.ReallocateForm;
import org.pathway.engagement.cases.CaseForms.ReopenForm;
import org.pathway.engagement.cases.CaseForms.ResolveForm;
import org.pathway.engagement.cases.CaseForms.TaskForm;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.platform.Pagination;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/**
 * A case's pages: the summary (referral, work in hand, history), contacts, notes and tasks, and the manager's
 * reallocation and grants. Every page starts with {@link CaseAccess#require}: a case outside the user's scope is
 * not found.
 */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseController {

    private final CaseAccess access;
    private final CaseWork work;
    private final CaseLifecycle lifecycle;
    private final ReferralDetails referrals;

    CaseController(CaseAccess access, CaseWork work, CaseLifecycle lifecycle, ReferralDetails referrals) {
        this.access = access;
        this.work = work;
        this.lifecycle = lifecycle;
        this.referrals = referrals;
    }

    private interface Change {
        String make();
    }

    /** Runs a change; a refusal goes back onto the form beside its field, and the page is shown again. */
    private static String attempt(BindingResult binding, Change change, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("flash", change.make());
            return null;
        } catch (CaseWork.Refused refused) {
            if (refused.field() == null) {
                binding.reject("refused", refused.getMessage());
            } else {
                binding.rejectValue(refused.field(), "refused", refused.getMessage());
            }
        } catch (IllegalStateException refused) {
            binding.reject("refused", refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException changed) {
            binding.reject("refused", "Someone else changed this case while you were looking at it: check it again");
        }
        return "";
    }

    // ---- summary -------------------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize(Cases.WORK)
    String summary(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseSummary header = access.require(caseId, user);
        return summary(header, user, model, new ReopenForm(null), null);
    }

    private String summary(CaseSummary header, PathwayUser user, Model model, ReopenForm reopen, BindingResult binding) {
        model.addAttribute("case", header);
        model.addAttribute("referral", referrals.summary(new ReferralId(header.referralId())).orElse(null));
        model.addAttribute("delivery", work.delivery(header));
        model.addAttribute("recentContacts", work.contacts(header, 0, 5).getContent());
        model.addAttribute("openTasks", work.tasks(header, true));
        model.addAttribute("concerns", work.notes(header, true, 0, 50).getContent());
        model.addAttribute("history", work.history(header, user));
        model.addAttribute("grants", work.grants(header, user));
        model.addAttribute("manager", isManagerOf(header, user));
        if (binding == null || !model.containsAttribute("reopenForm")) {
            model.addAttribute("reopenForm", reopen);
        }
        return "engagement/cases/summary";
    }

    @PostMapping("/reopen")
    @PreAuthorize(Cases.WORK)
    String reopen(@PathVariable UUID caseId, @Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        if (!binding.hasErrors() && attempt(binding, () -> {
            lifecycle.reopen(caseId, form.reason(), user);
            return "Case reopened";
        }, redirect) == null) {
            return "redirect:/cases/" + caseId;
        }
        return summary(header, user, model, form, binding);
    }

    // ---- contacts ------------------------------------------------------------------------------------------

    @GetMapping("/contacts")
    @PreAuthorize(Cases.WORK)
    String contacts(@PathVariable UUID caseId, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "false") boolean attempt, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        CaseSummary header = access.require(caseId, user);
        model.addAttribute("form", ContactForm.blank(work.today(), attempt));
        return contacts(header, page, request, model);
    }

    @PostMapping("/contacts")
    @PreAuthorize(Cases.WORK)
    String recordContact(@PathVariable UUID caseId, @Valid @ModelAttribute("form") ContactForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        form.checkDates(binding);
        if (!binding.hasErrors() && attempt(binding, () -> work.recordContact(header, form, user), redirect) == null) {
            return "redirect:/cases/" + caseId + "/contacts";
        }
        return contacts(header, 1, request, model);
    }

    private String contacts(CaseSummary header, int page, HttpServletRequest request, Model model) {
        var contacts = work.contacts(header, Math.max(1, page) - 1, CaseWork.PAGE_SIZE);
        model.addAttribute("case", header);
        model.addAttribute("contacts", contacts);
        model.addAttribute("pages", Pagination.of(contacts, request));
        model.addAttribute("delivery", work.delivery(header));
        model.addAttribute("modes", Choice.of(ContactMode.values(), ContactMode::label));
        model.addAttribute("kinds", Choice.of(KindOfWork.values(), KindOfWork::label));
        model.addAttribute("depths", Choice.of(ContactDepth.values(), ContactDepth::label));
        model.addAttribute("today", work.today());
        return "engagement/cases/contacts";
    }

    // ---- notes ---------------------------------------------------------------------------------------------

    @GetMapping("/notes")
    @PreAuthorize(Cases.WORK)
    String notes(@PathVariable UUID caseId, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model) {
        CaseSummary header = access.require(caseId, user);
        model.addAttribute("form", NoteForm.blank());
        return notes(header, page, request, model);
    }

    @PostMapping("/notes")
    @PreAuthorize(Cases.WORK)
    String addNote(@PathVariable UUID caseId, @Valid @ModelAttribute("form") NoteForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        if (!binding.hasErrors() && attempt(binding, () -> work.addNote(header, form, user), redirect) == null) {
            return "redirect:/cases/" + caseId + "/notes";
        }
        return notes(header, 1, request, model);
    }

    @PostMapping("/notes/{noteId}/resolve")
    @PreAuthorize(Cases.WORK)
    String resolve(@PathVariable UUID caseId, @PathVariable UUID noteId,
            @Valid @ModelAttribute("resolveForm") ResolveForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        if (!binding.hasErrors()
                && attempt(binding, () -> work.resolveConcern(header, noteId, form, user), redirect) == null) {
            return "redirect:/cases/" + caseId + "/notes";
        }
        model.addAttribute("form", NoteForm.blank());
        model.addAttribute("resolving", noteId);
        return notes(header, 1, request, model);
    }

    private String notes(CaseSummary header, int page, HttpServletRequest request, Model model) {
        var notes = work.notes(header, false, Math.max(1, page) - 1, CaseWork.PAGE_SIZE);
        model.addAttribute("case", header);
        model.addAttribute("notes", notes);
        model.addAttribute("pages", Pagination.of(notes, request));
        if (!model.containsAttribute("resolveForm")) {
            model.addAttribute("resolveForm", new ResolveForm(null));
        }
        return "engagement/cases/notes";
    }

    // ---- tasks ---------------------------------------------------------------------------------------------

    @GetMapping("/tasks")
    @PreAuthorize(Cases.WORK)
    String tasks(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseSummary header = access.require(caseId, user);
        model.addAttribute("form", TaskForm.blank());
        return tasks(header, model);
    }

    @PostMapping("/tasks")
    @PreAuthorize(Cases.WORK)
    String addTask(@PathVariable UUID caseId, @Valid @ModelAttribute("form") TaskForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        form.checkDate(binding);
        if (!binding.hasErrors() && attempt(binding, () -> work.addTask(header, form, user), redirect) == null) {
            return "redirect:/cases/" + caseId + "/tasks";
        }
        return tasks(header, model);
    }

    @PostMapping("/tasks/{taskId}/complete")
    @PreAuthorize(Cases.WORK)
    String completeTask(@PathVariable UUID caseId, @PathVariable UUID taskId, @AuthenticationPrincipal PathwayUser user,
            RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        try {
            redirect.addFlashAttribute("flash", work.completeTask(header, taskId, user));
        } catch (CaseWork.Refused refused) {
            redirect.addFlashAttribute("flash", refused.getMessage());
        }
        return "redirect:/cases/" + caseId + "/tasks";
    }

    private String tasks(CaseSummary header, Model model) {
        model.addAttribute("case", header);
        model.addAttribute("openTasks", work.tasks(header, true));
        model.addAttribute("doneTasks", work.tasks(header, false));
        model.addAttribute("today", work.today());
        model.addAttribute("taskKinds", java.util.List.of(new Choice("NEXT_CONTACT", "Next contact due"),
                new Choice("REVIEW", "Review due"), new Choice("OTHER", "Something else")));
        return "engagement/cases/tasks";
    }

    // ---- reallocation and grants (managers) ----------------------------------------------------------------

    @GetMapping("/allocation")
    @PreAuthorize(Cases.MANAGE)
    String allocation(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
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
        if (!binding.hasErrors() && attempt(binding, () -> work.reallocate(header, form, user), redirect) == null) {
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
        if (!binding.hasErrors() && attempt(binding, () -> work.grant(header, form, user), redirect) == null) {
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
            redirect.addFlashAttribute("flash", work.revoke(header, grantId, user));
        } catch (CaseWork.Refused refused) {
            redirect.addFlashAttribute("flash", refused.getMessage());
        }
        return "redirect:/cases/" + caseId + "/allocation";
    }

    private String allocation(CaseSummary header, PathwayUser user, Model model) {
        if (!isManagerOf(header, user)) {
            throw new CaseNotFound();
        }
        model.addAttribute("case", header);
        model.addAttribute("servicePractitioners", work.servicePractitioners(header, user).stream()
                .filter(p -> !p.id().value().equals(header.practitionerId()))
                .map(p -> new Choice(p.id().toString(), p.name())).toList());
        model.addAttribute("organisationPractitioners", work.organisationPractitioners(header, user).stream()
                .filter(p -> !p.id().value().equals(header.practitionerId()))
                .map(p -> new Choice(p.id().toString(), p.name())).toList());
        model.addAttribute("grants", work.grants(header, user));
        return "engagement/cases/allocation";
    }

    private static boolean isManagerOf(CaseSummary header, PathwayUser user) {
        return user.role() == Role.SERVICE_MANAGER && header.organisationId().equals(user.organisationId());
    }
}
