package org.pathway.activities.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.directory.DirectoryQueries.Criteria;
import org.pathway.activities.directory.DirectoryQueries.ListingRow;
import org.pathway.activities.directory.DirectoryQueries.Point;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.Pagination;
import org.pathway.shared.Postcode;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory search: words, category, how it is delivered, running this week, age and distance from a
 * postcode. Staff search the whole directory; the public (signed out) only the listings published in the open
 * directory and not withheld, whatever the request asks for.
 */
@Controller
@PreAuthorize(DirectoryAccess.VIEW_OR_PUBLIC)
class DirectorySearchController {

    private final DirectoryQueries directory;
    private final DirectorySettings settings;
    private final PostcodeLookup postcodes;

    DirectorySearchController(DirectoryQueries directory, DirectorySettings settings, PostcodeLookup postcodes) {
        this.directory = directory;
        this.settings = settings;
        this.postcodes = postcodes;
    }

    /** What was typed into the search form, kept as typed. */
    record SearchForm(String q, String category, String mode, String running, String age, String postcode,
            String radius, String includeClosed, String includeWithheld) {

        boolean submitted() {
            return q != null || category != null || mode != null || running != null || age != null || postcode != null;
        }
    }

    @GetMapping("/directory")
    String showSearch(@ModelAttribute("form") SearchForm form, BindingResult errors, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        PathwayUser user = DirectoryAccess.currentUser();
        boolean staff = user != null;
        Integer age = null;
        if (form.age() != null && !form.age().isBlank()) {
            try {
                age = Integer.parseInt(form.age().strip());
                if (age < 0 || age > 130) {
                    errors.rejectValue("age", "invalid", "Age must be between 0 and 130");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("age", "invalid", "Enter age as a whole number, like 67");
            }
        }
        Point origin = null;
        Double radius = null;
        if (form.postcode() != null && !form.postcode().isBlank()) {
            var problem = Postcode.problemWith(form.postcode());
            if (problem.isPresent()) {
                errors.rejectValue("postcode", "invalid", problem.get());
            } else {
                var located = postcodes.locate(form.postcode());
                if (located.isPresent()) {
                    origin = located.get().point();
                    model.addAttribute("postcodeNote", located.get().note());
                } else {
                    Postcode postcode = Postcode.of(form.postcode());
                    errors.rejectValue("postcode", "invalid", "We cannot place " + postcode + ": neither it nor its district "
                            + postcode.outward() + " is in our postcode lookup. Try a nearby postcode");
                }
            }
            try {
                radius = Double.parseDouble(form.radius() == null || form.radius().isBlank() ? "5" : form.radius().strip());
                if (radius <= 0 || radius > 100) {
                    errors.rejectValue("radius", "invalid", "Distance must be between 1 and 100 miles");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("radius", "invalid", "Enter distance in miles as a number, like 5");
            }
        }
        DeliveryMode mode = null;
        if (form.mode() != null && !form.mode().isBlank()) {
            try {
                mode = DeliveryMode.valueOf(form.mode());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("mode", "invalid", "Choose how the activity is delivered from the list");
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("categories", directory.categories());
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("staleAfter", settings.staleAfter());
        model.addAttribute("withholdAfter", settings.withholdAfter());
        model.addAttribute("publicView", !staff);
        if (!errors.hasErrors()) {
            // The public sees only published listings that are not withheld, whatever the request asks for.
            Page<ListingRow> results = directory.search(new Criteria(form.q(), form.category(), mode,
                    "true".equals(form.running()), age, origin, origin == null ? null : radius,
                    "true".equals(form.includeClosed()), staff && "true".equals(form.includeWithheld()), !staff),
                    Math.max(1, page) - 1);
            model.addAttribute("results", results);
            model.addAttribute("resultsHtml", ResultCards.html(results.getContent(), request.getContextPath()));
            model.addAttribute("pages", Pagination.of(results, request));
        }
        model.addAttribute("canVerify", staff && user.can(Permissions.LISTINGS_VERIFY));
        model.addAttribute("canManage", staff && user.can(Permissions.LISTINGS_MANAGE));
        model.addAttribute("canImport", staff && user.can(Permissions.DIRECTORY_IMPORT));
        return "activities/directory/search";
    }
}
