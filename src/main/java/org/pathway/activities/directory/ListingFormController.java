package org.pathway.activities.directory;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ReferralRoute;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider's form to add a listing to its own organisation or change one of its listings. */
@Controller
@PreAuthorize(DirectoryAccess.MANAGE)
class ListingFormController {

    private final ListingEditing editing;
    private final DirectoryQueries directory;

    ListingFormController(ListingEditing editing, DirectoryQueries directory) {
        this.editing = editing;
        this.directory = directory;
    }

    @GetMapping("/directory/listings/new")
    String initCreateForm(Model model) {
        return form(model, ListingForm.blank(), null);
    }

    @PostMapping("/directory/listings/new")
    String processCreateForm(@Valid @ModelAttribute("form") ListingForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        editing.check(form, binding);
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        UUID id = editing.create(form, user);
        redirect.addFlashAttribute("flash", "Listing added");
        return "redirect:/directory/listings/" + id;
    }

    @GetMapping("/directory/listings/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        ListingForm form = editing.formFor(id, user).orElseThrow(() -> NotFound.of("listing", id));
        return form(model, form, id);
    }

    @PostMapping("/directory/listings/{id}/edit")
    String processUpdateForm(@PathVariable UUID id,
            @Valid @ModelAttribute("form") ListingForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        if (editing.formFor(id, user).isEmpty()) {
            throw NotFound.of("listing", id);
        }
        editing.check(form, binding);
        if (binding.hasErrors()) {
            return form(model, form, id);
        }
        if (!editing.update(id, form, user)) {
            throw NotFound.of("listing", id);
        }
        redirect.addFlashAttribute("flash", "Listing saved");
        return "redirect:/directory/listings/" + id;
    }

    private String form(Model model, ListingForm form, UUID existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("categories", directory.categories());
        model.addAttribute("modes", Option.of(DeliveryMode.values(), DeliveryMode::label));
        model.addAttribute("routes", Option.of(ReferralRoute.values(), ReferralRoute::label));
        model.addAttribute("days", IntStream.rangeClosed(1, 7).mapToObj(d -> new Option(String.valueOf(d),
                DayOfWeek.of(d).getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        model.addAttribute("frequencies", Option.of(Frequency.values(), Frequency::label));
        model.addAttribute("weeks", List.of(new Option("1", "First"), new Option("2", "Second"), new Option("3", "Third"),
                new Option("4", "Fourth")));
        return "activities/directory/form";
    }
}
