package org.pathway.activities.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.directory.ListingQueries.ListingView;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * The listing page's model, shown by {@link ListingController} and again, with the problems, by the forms posted
 * from it (a status change, a proposal): the listing, its open proposals for those who manage it, the status form
 * and the status history chart.
 */
@Component
class ListingPage {

    static final String VIEW = "activities/directory/listing";

    /** The name of the binding result that holds the problems of the page's forms. */
    static final String FORMS = "listingForms";

    private final ListingQueries listings;
    private final Proposals proposals;
    private final DirectorySettings settings;

    ListingPage(ListingQueries listings, Proposals proposals, DirectorySettings settings) {
        this.listings = listings;
        this.proposals = proposals;
        this.settings = settings;
    }

    /** The listing as the user may see it (the public: published, not withheld); otherwise not found. */
    ListingView listingOr404(UUID id, PathwayUser user) {
        return listings.listing(id, user).orElseThrow(() -> NotFound.of("listing", id));
    }

    String show(ListingView listing, Model model, String status, String reason) {
        return show(listing, model, status, reason, new MapBindingResult(new LinkedHashMap<>(), FORMS));
    }

    /** The page again with the problems of its status or proposal form (a binding result named {@value #FORMS}). */
    String show(ListingView listing, Model model, String status, String reason, BindingResult problems) {
        PathwayUser user = DirectoryAccess.currentUser();
        model.addAttribute("listing", listing);
        model.addAttribute("publicView", user == null);
        model.addAttribute("proposals", listing.canManage() ? proposals.open(listing.id(), user) : List.of());
        model.addAttribute("proposalFields", Proposals.Field.values());
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", Map.of("field", "", "value", "", "note", ""));
        }
        model.addAttribute("statuses", ListingStatus.values());
        model.addAttribute("statusForm", Map.of("status", status == null ? "" : status, "reason", reason == null ? "" : reason));
        model.addAttribute(FORMS, problems.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORMS, problems);
        // The chart steps through each change and ends today, so the current status shows for as long as it has lasted.
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        listing.history().forEach(h -> {
            labels.add(UkDates.day(h.changedAt()));
            values.add(h.status().label());
        });
        if (!listing.history().isEmpty()) {
            labels.add(UkDates.day(settings.now()) + " (today)");
            values.add(listing.status().label());
        }
        model.addAttribute("chartLabels", String.join("|", labels));
        model.addAttribute("chartValues", String.join("|", values));
        model.addAttribute("chartStatuses", Arrays.stream(ListingStatus.values()).map(ListingStatus::label)
                .collect(Collectors.joining("|")));
        return VIEW;
    }
}
