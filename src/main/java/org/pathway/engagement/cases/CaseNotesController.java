package org.pathway.engagement.cases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.engagement.cases.CaseForms.NoteForm;
import org.pathway.engagement.cases.CaseForms.ResolveForm;
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

/** A case's notes page: the notes, adding one (a safeguarding concern or not), and resolving a concern. */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseNotesController {

    private final CaseAccess access;
    private final CaseNotes notes;

    CaseNotesController(CaseAccess access, CaseNotes notes) {
        this.access = access;
        this.notes = notes;
    }

    @GetMapping("/notes")
    @PreAuthorize(Cases.WORK)
    String showNotes(@PathVariable UUID caseId, @RequestParam(defaultValue = "1") int page,
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
        if (!binding.hasErrors() && CaseChanges.made(binding, () -> notes.addNote(header, form, user), redirect)) {
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
                && CaseChanges.made(binding, () -> notes.resolveConcern(header, noteId, form, user), redirect)) {
            return "redirect:/cases/" + caseId + "/notes";
        }
        model.addAttribute("form", NoteForm.blank());
        model.addAttribute("resolving", noteId);
        return notes(header, 1, request, model);
    }

    private String notes(CaseSummary header, int page, HttpServletRequest request, Model model) {
        var shown = notes.notes(header, false, Math.max(1, page) - 1, CaseContacts.PAGE_SIZE);
        model.addAttribute("case", header);
        model.addAttribute("notes", shown);
        model.addAttribute("pages", Pagination.of(shown, request));
        if (!model.containsAttribute("resolveForm")) {
            model.addAttribute("resolveForm", new ResolveForm(null));
        }
        return "engagement/cases/notes";
    }
}
