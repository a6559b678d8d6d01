package org.pathway.activities.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.pathway.activities.directory.DirectoryQueries.ListingRow;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The listings of the provider's own organisation (all of them for an administrator), by name. */
@Controller
@PreAuthorize(DirectoryAccess.MANAGE)
class MyListingsController {

    private final ListingQueries listings;

    MyListingsController(ListingQueries listings) {
        this.listings = listings;
    }

    @GetMapping("/directory/mine")
    String showOwnListings(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        Page<ListingRow> rows = listings.own(user, Math.max(1, page) - 1);
        model.addAttribute("rows", rows);
        model.addAttribute("pages", Pagination.of(rows, request));
        return "activities/directory/mine";
    }
}
