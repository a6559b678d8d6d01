package org.pathway.activities.directory;

import java.util.LinkedHashMap;
import java.util.UUID;
import org.pathway.activities.ListingStatus;
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

/** A listing's page with its status history, and the change of its status by the provider who runs it. */
@Controller
class ListingController {

    private final ListingPage page;
    private final ListingStatusChanges statusChanges;

    ListingController(ListingPage page, ListingStatusChanges statusChanges) {
        this.page = page;
        this.statusChanges = statusChanges;
    }

    /** A listing; for the public, only one published in the open directory and not withheld (else not found). */
    @GetMapping("/directory/listings/{id}")
    @PreAuthorize(DirectoryAccess.VIEW_OR_PUBLIC)
    String showListing(@PathVariable UUID id, Model model) {
        return page.show(page.listingOr404(id, DirectoryAccess.currentUser()), model, null, null);
    }

    @PostMapping("/directory/listings/{id}/status")
    @PreAuthorize(DirectoryAccess.MANAGE)
    String changeStatus(@PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        ListingView listing = page.listingOr404(id, user);
        if (!listing.canManage()) {
            throw NotFound.of("listing", id);
        }
        BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), ListingPage.FORMS);
        ListingStatus chosen = null;
        try {
            chosen = status == null ? null : ListingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (chosen == null) {
            errors.rejectValue("status", "invalid", "Choose the listing's new status");
        } else if ((chosen == ListingStatus.SUSPENDED || chosen == ListingStatus.CLOSED)
                && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "invalid", "Give the reason, so practitioners can tell the people they support");
        } else if (reason != null && reason.length() > 500) {
            errors.rejectValue("reason", "invalid", "Reason must be 500 characters or fewer");
        }
        if (errors.hasErrors()) {
            return page.show(listing, model, status, reason, errors);
        }
        if (!statusChanges.changeStatus(id, chosen, reason, user)) {
            throw NotFound.of("listing", id);
        }
        redirect.addFlashAttribute("flash", "Status changed to " + chosen.label().toLowerCase());
        return "redirect:/directory/listings/" + id;
    }
}
