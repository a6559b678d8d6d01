package org.pathway.activities.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.pathway.activities.directory.DirectoryQueries.ListingRow;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What needs verifying (listings not verified within the stale age), and marking a listing verified today. */
@Controller
@PreAuthorize(DirectoryAccess.VERIFY)
class VerificationController {

    private final ListingQueries listings;
    private final ListingStatusChanges statusChanges;
    private final DirectorySettings settings;

    VerificationController(ListingQueries listings, ListingStatusChanges statusChanges, DirectorySettings settings) {
        this.listings = listings;
        this.statusChanges = statusChanges;
        this.settings = settings;
    }

    @GetMapping("/directory/verify")
    String showNeedsVerifying(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        Page<ListingRow> rows = listings.needsVerifying(user, Math.max(1, page) - 1);
        model.addAttribute("rows", rows);
        model.addAttribute("pages", Pagination.of(rows, request));
        model.addAttribute("staleAfter", settings.staleAfter());
        return "activities/directory/verify";
    }

    @PostMapping("/directory/listings/{id}/verify")
    String verify(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, RedirectAttributes redirect,
            @RequestParam(required = false) String back) {
        if (!statusChanges.verify(id, user)) {
            throw NotFound.of("listing", id);
        }
        redirect.addFlashAttribute("flash", "Listing marked as verified today");
        return "verify".equals(back) ? "redirect:/directory/verify" : "redirect:/directory/listings/" + id;
    }
}
