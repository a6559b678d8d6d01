package org.pathway.activities.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathway.activities.directory.ListingQueries.ListingView;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposed changes to a listing: a practitioner proposes from the listing's page; the provider (or an
 * administrator) sees the open proposals and accepts or rejects each.
 */
@Controller
class ProposalsController {

    private final ListingPage page;
    private final Proposals proposals;

    ProposalsController(ListingPage page, Proposals proposals) {
        this.page = page;
        this.proposals = proposals;
    }

    @PostMapping("/directory/listings/{id}/proposals")
    @PreAuthorize(DirectoryAccess.PROPOSE)
    String propose(@PathVariable UUID id, @RequestParam(required = false) String field,
            @RequestParam(required = false) String value, @RequestParam(required = false) String note,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        ListingView listing = page.listingOr404(id, user);
        BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), ListingPage.FORMS);
        Proposals.Field chosen = null;
        try {
            chosen = Proposals.Field.valueOf(field);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("proposalField", "invalid", "Choose what should change");
        }
        if (value == null || value.isBlank()) {
            errors.rejectValue("proposalValue", "invalid", "Enter what it should say");
        } else if (value.length() > 4000) {
            errors.rejectValue("proposalValue", "invalid", "The new wording must be 4,000 characters or fewer");
        }
        if (note != null && note.length() > 1000) {
            errors.rejectValue("proposalNote", "invalid", "The note must be 1,000 characters or fewer");
        }
        if (errors.hasErrors()) {
            model.addAttribute("proposalForm", Map.of("field", field == null ? "" : field, "value", value == null ? "" : value,
                    "note", note == null ? "" : note));
            return page.show(listing, model, null, null, errors);
        }
        proposals.propose(id, chosen, value, note, user);
        redirect.addFlashAttribute("flash", "Change proposed: the provider will accept or reject it");
        return "redirect:/directory/listings/" + id;
    }

    @GetMapping("/directory/proposals")
    @PreAuthorize(DirectoryAccess.MANAGE)
    String showProposals(@AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("proposals", proposals.open(null, user));
        return "activities/directory/proposals";
    }

    @PostMapping("/directory/proposals/{proposal}/{decision:accept|reject}")
    @PreAuthorize(DirectoryAccess.MANAGE)
    String decide(@PathVariable UUID proposal, @PathVariable String decision, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, @AuthenticationPrincipal PathwayUser user,
            RedirectAttributes redirect) {
        if (note != null && note.length() > 1000) {
            redirect.addFlashAttribute("flashError", "The note must be 1,000 characters or fewer");
        } else if (!proposals.decide(proposal, "accept".equals(decision), note, user)) {
            throw NotFound.of("open proposal", proposal);
        } else {
            redirect.addFlashAttribute("flash", "accept".equals(decision) ? "Change accepted and applied" : "Change rejected");
        }
        if (back != null && back.matches("[0-9a-f-]{36}")) {
            return "redirect:/directory/listings/" + back;
        }
        return "redirect:/directory/proposals";
    }
}
