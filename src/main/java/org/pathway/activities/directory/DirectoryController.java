package org.pathway.activities.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.directory.DirectoryService.Criteria;
import org.pathway.activities.directory.DirectoryService.ListingView;
import org.pathway.activities.directory.DirectoryService.Point;
import org.pathway.activities.directory.DirectoryService.WeekCount;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.Pagination;
import org.pathway.shared.Postcode;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory pages: search, a listing with its status history, what needs verifying, and the area view. */
@Controller
@RequestMapping("/directory")
class DirectoryController {

    static final String VIEW = "hasAuthority('" + Permissions.DIRECTORY_VIEW + "')";
    static final String VERIFY = "hasAuthority('" + Permissions.LISTINGS_VERIFY + "')";
    static final String MANAGE = "hasAuthority('" + Permissions.LISTINGS_MANAGE + "')";

    private final DirectoryService directory;
    private final DirectorySettings settings;
    private final ListingEditing editing;
    private final Proposals proposals;
    private final PostcodeLookup postcodes;

    DirectoryController(DirectoryService directory, DirectorySettings settings, ListingEditing editing,
            Proposals proposals, PostcodeLookup postcodes) {
        this.directory = directory;
        this.postcodes = postcodes;
        this.settings = settings;
        this.editing = editing;
        this.proposals = proposals;
    }

    static final String PROPOSE = "hasAuthority('" + Permissions.LISTINGS_PROPOSE + "')";

    @PostMapping("/listings/{id}/proposals")
    @PreAuthorize(PROPOSE)
    String propose(@PathVariable UUID id, @RequestParam(required = false) String field,
            @RequestParam(required = false) String value, @RequestParam(required = false) String note,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        ListingView listing = listingOr404(id, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Proposals.Field chosen = null;
        try {
            chosen = Proposals.Field.valueOf(field);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("proposalField", "Choose what should change");
        }
        if (value == null || value.isBlank()) {
            errors.put("proposalValue", "Enter what it should say");
        } else if (value.length() > 4000) {
            errors.put("proposalValue", "The new wording must be 4,000 characters or fewer");
        }
        if (note != null && note.length() > 1000) {
            errors.put("proposalNote", "The note must be 1,000 characters or fewer");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("proposalForm", Map.of("field", field == null ? "" : field, "value", value == null ? "" : value,
                    "note", note == null ? "" : note));
            return show(listing, model, null, null, errors);
        }
        proposals.propose(id, chosen, value, note, user);
        redirect.addFlashAttribute("flash", "Change proposed: the provider will accept or reject it");
        return "redirect:/directory/listings/" + id;
    }

    @GetMapping("/proposals")
    @PreAuthorize(MANAGE)
    String proposals(@AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("proposals", proposals.open(null, user));
        return "activities/directory/proposals";
    }

    @PostMapping("/proposals/{proposal}/{decision:accept|reject}")
    @PreAuthorize(MANAGE)
    String decide(@PathVariable UUID proposal, @PathVariable String decision, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, @AuthenticationPrincipal PathwayUser user,
            RedirectAttributes redirect) {
        if (note != null && note.length() > 1000) {
            redirect.addFlashAttribute("flashError", "The note must be 1,000 characters or fewer");
        } else if (!proposals.decide(proposal, "accept".equals(decision), note, user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } else {
            redirect.addFlashAttribute("flash", "accept".equals(decision) ? "Change accepted and applied" : "Change rejected");
        }
        if (back != null && back.matches("[0-9a-f-]{36}")) {
            return "redirect:/directory/listings/" + back;
        }
        return "redirect:/directory/proposals";
    }

    /** A choice in a select or radio group. */
    record Choice(String value, String text) {}

    @GetMapping("/listings/new")
    @PreAuthorize(MANAGE)
    String newListing(Model model) {
        return form(model, ListingForm.blank(), null);
    }

    @PostMapping("/listings/new")
    @PreAuthorize(MANAGE)
    String createListing(@jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("form") ListingForm form,
            org.springframework.validation.BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        editing.check(form, binding);
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        UUID id = editing.create(form, user);
        redirect.addFlashAttribute("flash", "Listing added");
        return "redirect:/directory/listings/" + id;
    }

    @GetMapping("/listings/{id}/edit")
    @PreAuthorize(MANAGE)
    String editListing(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        ListingForm form = editing.formFor(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(model, form, id);
    }

    @PostMapping("/listings/{id}/edit")
    @PreAuthorize(MANAGE)
    String updateListing(@PathVariable UUID id,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("form") ListingForm form,
            org.springframework.validation.BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        if (editing.formFor(id, user).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        editing.check(form, binding);
        if (binding.hasErrors()) {
            return form(model, form, id);
        }
        if (!editing.update(id, form, user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "Listing saved");
        return "redirect:/directory/listings/" + id;
    }

    private String form(Model model, ListingForm form, UUID existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("categories", directory.categories());
        model.addAttribute("modes", java.util.Arrays.stream(DeliveryMode.values()).map(m -> new Choice(m.name(), m.label())).toList());
        model.addAttribute("routes", java.util.Arrays.stream(org.pathway.activities.ReferralRoute.values())
                .map(r -> new Choice(r.name(), r.label())).toList());
        model.addAttribute("days", java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(d -> new Choice(String.valueOf(d),
                java.time.DayOfWeek.of(d).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))).toList());
        model.addAttribute("frequencies", java.util.Arrays.stream(org.pathway.activities.Frequency.values())
                .map(f -> new Choice(f.name(), f.label())).toList());
        model.addAttribute("weeks", List.of(new Choice("1", "First"), new Choice("2", "Second"), new Choice("3", "Third"),
                new Choice("4", "Fourth")));
        return "activities/directory/form";
    }

    /** What was typed into the search form, kept as typed. */
    record SearchForm(String q, String category, String mode, String running, String age, String postcode,
            String radius, String includeClosed, String includeWithheld) {

        boolean submitted() {
            return q != null || category != null || mode != null || running != null || age != null || postcode != null;
        }
    }

    /** Staff with the directory, or the public (signed out), who search only the open directory's listings. */
    static final String VIEW_OR_PUBLIC = VIEW + " or isAnonymous()";

    @GetMapping
    @PreAuthorize(VIEW_OR_PUBLIC)
    String search(SearchForm form, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        PathwayUser user = currentUser();
        boolean staff = user != null;
        Map<String, String> errors = new LinkedHashMap<>();
        Integer age = null;
        if (form.age() != null && !form.age().isBlank()) {
            try {
                age = Integer.parseInt(form.age().strip());
                if (age < 0 || age > 130) {
                    errors.put("age", "Age must be between 0 and 130");
                }
            } catch (NumberFormatException e) {
                errors.put("age", "Enter age as a whole number, like 67");
            }
        }
        Point origin = null;
        Double radius = null;
        if (form.postcode() != null && !form.postcode().isBlank()) {
            var problem = Postcode.problemWith(form.postcode());
            if (problem.isPresent()) {
                errors.put("postcode", problem.get());
            } else {
                var located = postcodes.locate(form.postcode());
                if (located.isPresent()) {
                    origin = located.get().point();
                    model.addAttribute("postcodeNote", located.get().note());
                } else {
                    Postcode postcode = Postcode.of(form.postcode());
                    errors.put("postcode", "We cannot place " + postcode + ": neither it nor its district "
                            + postcode.outward() + " is in our postcode lookup. Try a nearby postcode");
                }
            }
            try {
                radius = Double.parseDouble(form.radius() == null || form.radius().isBlank() ? "5" : form.radius().strip());
                if (radius <= 0 || radius > 100) {
                    errors.put("radius", "Distance must be between 1 and 100 miles");
                }
            } catch (NumberFormatException e) {
                errors.put("radius", "Enter distance in miles as a number, like 5");
            }
        }
        DeliveryMode mode = null;
        if (form.mode() != null && !form.mode().isBlank()) {
            try {
                mode = DeliveryMode.valueOf(form.mode());
            } catch (IllegalArgumentException e) {
                errors.put("mode", "Choose how the activity is delivered from the list");
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", directory.categories());
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("staleAfter", settings.staleAfter());
        model.addAttribute("withholdAfter", settings.withholdAfter());
        model.addAttribute("publicView", !staff);
        if (errors.isEmpty()) {
            // The public sees only published listings that are not withheld, whatever the request asks for.
            Page<DirectoryService.ListingRow> results = directory.search(new Criteria(form.q(), form.category(), mode,
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

    /** A listing; for the public, only one published in the open directory and not withheld (else not found). */
    @GetMapping("/listings/{id}")
    @PreAuthorize(VIEW_OR_PUBLIC)
    String listing(@PathVariable UUID id, Model model) {
        return show(listingOr404(id, currentUser()), model, null, null, Map.of());
    }

    @PostMapping("/listings/{id}/verify")
    @PreAuthorize(VERIFY)
    String verify(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, RedirectAttributes redirect,
            @RequestParam(required = false) String back) {
        if (!directory.verify(id, user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "Listing marked as verified today");
        return "verify".equals(back) ? "redirect:/directory/verify" : "redirect:/directory/listings/" + id;
    }

    @PostMapping("/listings/{id}/status")
    @PreAuthorize(MANAGE)
    String changeStatus(@PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        ListingView listing = listingOr404(id, user);
        if (!listing.canManage()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ListingStatus chosen = null;
        try {
            chosen = status == null ? null : ListingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (chosen == null) {
            errors.put("status", "Choose the listing's new status");
        } else if ((chosen == ListingStatus.SUSPENDED || chosen == ListingStatus.CLOSED)
                && (reason == null || reason.isBlank())) {
            errors.put("reason", "Give the reason, so practitioners can tell the people they support");
        } else if (reason != null && reason.length() > 500) {
            errors.put("reason", "Reason must be 500 characters or fewer");
        }
        if (!errors.isEmpty()) {
            return show(listing, model, status, reason, errors);
        }
        if (!directory.changeStatus(id, chosen, reason, user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "Status changed to " + chosen.label().toLowerCase());
        return "redirect:/directory/listings/" + id;
    }

    @GetMapping("/verify")
    @PreAuthorize(VERIFY)
    String needsVerifying(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        Page<DirectoryService.ListingRow> rows = directory.needsVerifying(user, Math.max(1, page) - 1);
        model.addAttribute("rows", rows);
        model.addAttribute("pages", Pagination.of(rows, request));
        model.addAttribute("staleAfter", settings.staleAfter());
        return "activities/directory/verify";
    }

    @GetMapping("/mine")
    @PreAuthorize(MANAGE)
    String mine(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        Page<DirectoryService.ListingRow> rows = directory.own(user, Math.max(1, page) - 1);
        model.addAttribute("rows", rows);
        model.addAttribute("pages", Pagination.of(rows, request));
        return "activities/directory/mine";
    }

    record AreaTable(List<String> localities, List<LocalDate> weeks, Map<LocalDate, Map<String, Integer>> counts) {}

    @GetMapping("/area")
    @PreAuthorize(VIEW)
    String area(@RequestParam(defaultValue = "104") int weeks, Model model) {
        int span = Math.max(4, Math.min(weeks, 260));
        LocalDate to = settings.thisMonday();
        LocalDate from = to.minusWeeks(span - 1L);
        List<WeekCount> counts = directory.runningByWeek(from, to);
        Map<LocalDate, Map<String, Integer>> byWeek = new TreeMap<>();
        List<String> localities = counts.stream().map(WeekCount::locality).distinct().sorted().toList();
        for (LocalDate w = from; !w.isAfter(to); w = w.plusWeeks(1)) {
            byWeek.put(w, new LinkedHashMap<>());
        }
        counts.forEach(c -> byWeek.get(c.week()).put(c.locality(), c.running()));
        List<LocalDate> weekList = new ArrayList<>(byWeek.keySet());
        model.addAttribute("table", new AreaTable(localities, weekList, byWeek));
        model.addAttribute("span", span);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM yyyy");
        model.addAttribute("chartLabels", weekList.stream().map(label::format).collect(Collectors.joining("|")));
        model.addAttribute("chartSeries", localities.stream()
                .map(loc -> loc + "=" + weekList.stream().map(w -> String.valueOf(byWeek.get(w).getOrDefault(loc, 0)))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("|")));
        return "activities/directory/area";
    }

    /** The signed-in user, or null for the public. */
    private static PathwayUser currentUser() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PathwayUser user ? user : null;
    }

    private ListingView listingOr404(UUID id, PathwayUser user) {
        return directory.listing(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(ListingView listing, Model model, String status, String reason, Map<String, String> errors) {
        model.addAttribute("listing", listing);
        model.addAttribute("publicView", currentUser() == null);
        model.addAttribute("proposals", listing.canManage() ? proposals.open(listing.id(), currentUser()) : List.of());
        model.addAttribute("proposalFields", Proposals.Field.values());
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", Map.of("field", "", "value", "", "note", ""));
        }
        model.addAttribute("statuses", ListingStatus.values());
        model.addAttribute("statusForm", Map.of("status", status == null ? "" : status, "reason", reason == null ? "" : reason));
        model.addAttribute("errors", errors);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(DirectorySettings.ZONE);
        // The chart steps through each change and ends today, so the current status shows for as long as it has lasted.
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        listing.history().forEach(h -> {
            labels.add(label.format(h.changedAt()));
            values.add(h.status().label());
        });
        if (!listing.history().isEmpty()) {
            labels.add(label.format(settings.now()) + " (today)");
            values.add(listing.status().label());
        }
        model.addAttribute("chartLabels", String.join("|", labels));
        model.addAttribute("chartValues", String.join("|", values));
        model.addAttribute("chartStatuses", java.util.Arrays.stream(ListingStatus.values()).map(ListingStatus::label)
                .collect(Collectors.joining("|")));
        return "activities/directory/listing";
    }
}
