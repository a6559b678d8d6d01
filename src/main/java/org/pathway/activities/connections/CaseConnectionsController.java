package org.pathway.activities.connections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.activities.directory.DirectoryQueries;
import org.pathway.activities.directory.PostcodeLookup;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Option;
import org.pathway.shared.Need;
import org.springframework.data.domain.Page;
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
 * A case's connections: what the person has been connected to and where each stands, suggestions, a search of the
 * directory to connect from, and the unmet needs recorded when nothing suitable exists. Scope is the case's own
 * (engagement's {@link Cases#requireVisible}: not found outside it).
 */
@Controller
@RequestMapping("/cases/{caseId}/connections")
@PreAuthorize("hasAuthority('" + Permissions.CASES_WORK + "')")
class CaseConnectionsController {

    /** The distances from where the person lives the case page's directory search offers, in miles. */
    static final List<Integer> DISTANCES = List.of(1, 3, 5, 10, 25);

    record ConnectForm(@NotNull(message = "Choose a listing") UUID listingId,
            @NotNull(message = "Choose what to do") ConnectionChanges.Action action, Boolean consentNow,
            @Size(max = 2000, message = "Keep the note under 2,000 characters") String note,
            Boolean outsideAreaConfirmed) {}

    record StatusForm(@NotNull(message = "Choose the new status") ConnectionStatus status,
            @Size(max = 2000, message = "Keep the note under 2,000 characters") String note) {}

    record UnmetNeedForm(@NotBlank(message = "Choose the category of the unmet need") String category,
            @NotBlank(message = "Choose the locality") String locality,
            @NotNull(message = "Choose why the need is unmet") UnmetNeeds.Reason reason,
            @Size(max = 2000, message = "Keep the note under 2,000 characters") String note) {}

    private final Cases cases;
    private final ConnectionChanges changes;
    private final ConnectableListings listings;
    private final CaseConnectionsQueries connections;
    private final Suggestions suggestions;
    private final UnmetNeeds unmet;
    private final NearestLocality localities;
    private final DirectoryQueries directory;
    private final PostcodeLookup postcodes;
    private final People people;
    private final ReferralDetails referrals;
    private final Clock clock;

    CaseConnectionsController(Cases cases, ConnectionChanges changes, ConnectableListings listings,
            CaseConnectionsQueries connections, Suggestions suggestions, UnmetNeeds unmet, NearestLocality localities,
            DirectoryQueries directory, PostcodeLookup postcodes, People people, ReferralDetails referrals,
            Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.postcodes = postcodes;
        this.changes = changes;
        this.listings = listings;
        this.connections = connections;
        this.localities = localities;
        this.suggestions = suggestions;
        this.unmet = unmet;
        this.directory = directory;
        this.people = people;
        this.referrals = referrals;
    }

    @GetMapping
    String showConnections(@PathVariable UUID caseId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String within,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user, Model model,
            HttpServletRequest request) {
        CaseSummary c = cases.requireVisible(caseId, user);
        model.addAttribute("unmetForm", new UnmetNeedForm(null, null, null, null));
        // Pages are numbered from 1 in links (platform Pagination), from 0 in the search.
        return show(c, new Search(q, category, Search.miles(within)), Math.max(1, page) - 1, model, request);
    }

    @PostMapping
    String connect(@PathVariable UUID caseId, @Valid @ModelAttribute("connectForm") ConnectForm form,
            BindingResult errors, @AuthenticationPrincipal PathwayUser user, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        CaseSummary c = cases.requireVisible(caseId, user);
        if (!errors.hasErrors()) {
            try {
                changes.connect(c, form.listingId(), form.action(), Boolean.TRUE.equals(form.consentNow()), form.note(),
                        home(c).locality(), Boolean.TRUE.equals(form.outsideAreaConfirmed()), user);
                redirect.addFlashAttribute("done", "The connection is recorded.");
                return "redirect:/cases/" + caseId + "/connections";
            } catch (Refusal e) {
                model.addAttribute("problem", e.firstMessage());
            } catch (ConnectionChanges.OutsideTheirArea e) {
                // Asked again, with what was chosen, until the practitioner confirms or goes back.
                model.addAttribute("outsideArea", e.getMessage());
                model.addAttribute("pending", form);
            }
        } else {
            model.addAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
        }
        model.addAttribute("unmetForm", new UnmetNeedForm(null, null, null, null));
        return show(c, Search.NONE, 0, model, request);
    }

    @PostMapping("/{connectionId}/status")
    String changeStatus(@PathVariable UUID caseId, @PathVariable UUID connectionId, @Valid StatusForm form,
            BindingResult errors, @AuthenticationPrincipal PathwayUser user, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        CaseSummary c = cases.requireVisible(caseId, user);
        if (!errors.hasErrors()) {
            try {
                changes.change(c, connectionId, form.status(), form.note(), user);
                redirect.addFlashAttribute("done", "The connection is now " + form.status().label().toLowerCase(Locale.UK) + ".");
                return "redirect:/cases/" + caseId + "/connections";
            } catch (Refusal e) {
                // A stale page or a second click: the change no longer follows from where the connection stands.
                model.addAttribute("problem", e.firstMessage());
            }
        } else {
            model.addAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
        }
        model.addAttribute("unmetForm", new UnmetNeedForm(null, null, null, null));
        return show(c, Search.NONE, 0, model, request);
    }

    @PostMapping("/unmet-needs")
    String recordUnmetNeed(@PathVariable UUID caseId, @Valid @ModelAttribute("unmetForm") UnmetNeedForm form,
            BindingResult errors, @AuthenticationPrincipal PathwayUser user, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        CaseSummary c = cases.requireVisible(caseId, user);
        if (form.category() != null && !form.category().isBlank() && directory.categories().stream()
                .noneMatch(cat -> cat.code().equals(form.category()))) {
            errors.rejectValue("category", "unknown", "Choose a category from the list");
        }
        if (errors.hasErrors()) {
            return show(c, Search.NONE, 0, model, request);
        }
        unmet.record(c, form.category(), form.locality().strip(), form.reason(), form.note(), user);
        redirect.addFlashAttribute("done", "The unmet need is recorded.");
        return "redirect:/cases/" + caseId + "/connections";
    }

    /** The directory search on the case page: words, category, and how far from where the person lives. */
    private record Search(String q, String category, Integer withinMiles) {

        static final Search NONE = new Search(null, null, null);

        /** One of the offered distances, or null (any distance) for anything else. */
        static Integer miles(String within) {
            try {
                Integer miles = within == null ? null : Integer.valueOf(within.strip());
                return miles != null && DISTANCES.contains(miles) ? miles : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean hasWordsOrCategory() {
            return (q != null && !q.isBlank()) || (category != null && !category.isBlank());
        }
    }

    /** Where the person lives, as far as known: their postcode placed (perhaps at its sector's centre) and locality. */
    private record Home(PostcodeLookup.Located located, String locality) {

        static final Home UNKNOWN = new Home(null, null);

        DirectoryQueries.Point point() {
            return located == null ? null : located.point();
        }
    }

    private Home home(CaseSummary c) {
        String postcode = people.find(new PersonId(c.personId())).map(PersonSummary::postcode).orElse(null);
        return postcodes.locate(postcode).map(located -> new Home(located,
                localities.near(located.point().latitude(), located.point().longitude()).orElse(null)))
                .orElse(Home.UNKNOWN);
    }

    /** How each listing shown may be connected to: why not (suspended, closed, withheld), or outside their area. */
    record Connectable(ReferralRoute route, String refusal, boolean outsideTheirArea, String servesLocality) {}

    private Map<UUID, Connectable> connectable(List<UUID> ids, Home home) {
        Map<UUID, Connectable> result = new HashMap<>();
        listings.listings(ids).forEach((id, listing) -> result.put(id, new Connectable(listing.route(),
                listings.refusal(listing).orElse(null), listing.servesElsewhereThan(home.locality()), listing.locality())));
        return result;
    }

    private String show(CaseSummary c, Search search, int page, Model model, HttpServletRequest request) {
        String q = search.q();
        String category = search.category();
        model.addAttribute("case", c);
        model.addAttribute("connections", connections.ofCase(c.caseId()));
        model.addAttribute("consent", changes.consentToShare(c.personId()));
        Home home = home(c);
        DirectoryQueries.Point point = home.point();
        model.addAttribute("homeNote", home.located() == null ? null : home.located().note());
        model.addAttribute("homeLocality", home.locality());
        UnmetNeedForm unmetForm = (UnmetNeedForm) model.getAttribute("unmetForm");
        if (home.locality() != null && unmetForm != null && unmetForm.locality() == null
                && !model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "unmetForm")) {
            // A fresh form: the locality where the person lives, from their postcode; the practitioner may change it.
            model.addAttribute("unmetForm", new UnmetNeedForm(unmetForm.category(), home.locality(),
                    unmetForm.reason(), unmetForm.note()));
        }
        Integer age = Suggestions.ageOn(c.dateOfBirth(), UkTime.today(clock));
        List<Suggestions.Want> wants = new ArrayList<>();
        if (c.referralId() != null) {
            referrals.summary(new ReferralId(c.referralId())).ifPresent(r -> r.needs().stream()
                    .filter(n -> n != Need.OTHER)
                    .forEach(n -> wants.add(new Suggestions.Want("NEED", n.name(), n.phrase()))));
        }
        cases.goalDomains(c.caseId()).forEach(d -> wants.add(new Suggestions.Want("GOAL", d,
                "goal: " + d.toLowerCase(Locale.UK).replace('_', ' '))));
        List<Suggestions.Suggestion> suggested = suggestions.suggest(wants, age, point);
        model.addAttribute("suggestions", suggested);
        model.addAttribute("wants", wants.stream().map(Suggestions.Want::words).distinct().toList());
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        List<DirectoryQueries.Category> categories = directory.categories();
        model.addAttribute("categories", categories);
        model.addAttribute("categoryOptions", categories.stream().map(cat -> new Option(cat.code(), cat.name())).toList());
        model.addAttribute("localityOptions", directory.localities().stream().map(l -> new Option(l, l)).toList());
        model.addAttribute("reasonOptions", Option.of(UnmetNeeds.Reason.values(), UnmetNeeds.Reason::label));
        model.addAttribute("unmetNeeds", unmet.ofCase(c.caseId()));
        // A distance counts only where the person's home is known (the choice is offered only then).
        Integer within = point == null ? null : search.withinMiles();
        boolean searching = search.hasWordsOrCategory() || within != null;
        model.addAttribute("searching", searching);
        model.addAttribute("within", within);
        model.addAttribute("distances", DISTANCES);
        model.addAttribute("homeKnown", point != null);
        List<UUID> shown = new ArrayList<>(suggested.stream().map(Suggestions.Suggestion::listingId).toList());
        if (searching) {
            // Text, category and the person's age; distance only when asked for, as online and phone activities
            // have no distance (suggestions above weigh distance anyway).
            Page<DirectoryQueries.ListingRow> results = directory.search(new DirectoryQueries.Criteria(q, category,
                    null, false, age, within == null ? null : point, within == null ? null : within.doubleValue(),
                    false, false, false), page);
            model.addAttribute("results", results);
            model.addAttribute("pages", Pagination.of(results, request));
            results.getContent().forEach(r -> shown.add(r.id()));
        }
        model.addAttribute("connectable", connectable(shown, home));
        return "activities/connections/case";
    }
}
