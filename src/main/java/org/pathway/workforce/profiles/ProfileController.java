package org.pathway.workforce.profiles;

import java.util.Arrays;
import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerProfiles;
import org.pathway.workforce.PractitionerProfiles.ChampionCommand;
import org.pathway.workforce.PractitionerProfiles.Profile;
import org.pathway.workforce.PractitionerProfiles.ProfileCommand;
import org.pathway.workforce.WorkBase;
import org.springframework.security.access.AccessDeniedException;
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

/** Changing a practitioner's profile, and naming a GP practice's social-prescribing champion. */
@Controller
class ProfileController {

    private final PractitionerProfilesService profiles;
    private final OrganisationStructure structure;

    ProfileController(PractitionerProfilesService profiles, OrganisationStructure structure) {
        this.profiles = profiles;
        this.structure = structure;
    }

    @GetMapping("/practitioners/{id}/profile")
    @PreAuthorize(PractitionerProfiles.VIEW)
    String initProfileForm(@PathVariable PractitionerId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        Profile profile = changeable(id, user);
        ProfileForm form = ProfileForm.of(profile);
        model.addAttribute("form", form);
        return profileForm(profile, Submitted.of(form), model);
    }

    @PostMapping("/practitioners/{id}/profile")
    @PreAuthorize(PractitionerProfiles.VIEW)
    String processProfileForm(@PathVariable PractitionerId id, @ModelAttribute("form") ProfileForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        Profile profile = changeable(id, user);
        Optional<ProfileCommand> command = form.validate(binding);
        if (command.isPresent()) {
            try {
                profiles.update(id, command.get(), user);
                redirect.addFlashAttribute("flash", "The profile of " + profile.practitionerName() + " has been saved");
                return "redirect:/practitioners/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return profileForm(profile, Submitted.of(binding), model);
    }

    @GetMapping("/organisations/{id}/champion")
    @PreAuthorize(PractitionerProfiles.MANAGE)
    String initChampionForm(@PathVariable OrganisationId id, Model model) {
        var practice = practice(id);
        var champion = profiles.champion(id);
        model.addAttribute("form", champion.map(c -> new ChampionCommand(c.name(), c.role(), c.phone(), c.email()))
                .orElse(new ChampionCommand(null, null, null, null)));
        model.addAttribute("practice", practice);
        return "workforce/profiles/champion";
    }

    @PostMapping("/organisations/{id}/champion")
    @PreAuthorize(PractitionerProfiles.MANAGE)
    String processChampionForm(@PathVariable OrganisationId id, @ModelAttribute("form") ChampionCommand form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        var practice = practice(id);
        try {
            profiles.nameChampion(id, form, user);
            redirect.addFlashAttribute("flash", form.name() == null || form.name().isBlank()
                    ? practice.name() + " no longer has a champion recorded"
                    : form.name().strip() + " is now the social-prescribing champion at " + practice.name());
            return "redirect:/organisations/" + id;
        } catch (Refusal refusal) {
            Forms.reject(binding, refusal);
            model.addAttribute("practice", practice);
            return "workforce/profiles/champion";
        }
    }

    private org.pathway.workforce.OrganisationRef practice(OrganisationId id) {
        var practice = structure.ref(id).orElseThrow(() -> NotFound.of("organisation", id));
        if (practice.kind() != OrganisationKind.GP_PRACTICE) {
            throw NotFound.of("GP practice", id);
        }
        return practice;
    }

    private Profile changeable(PractitionerId id, PathwayUser user) {
        Profile profile = profiles.profile(id, user).orElseThrow(() -> NotFound.of("practitioner", id));
        if (!profile.mayChange()) {
            throw new AccessDeniedException("Only the practitioner or their manager changes their profile");
        }
        return profile;
    }

    private String profileForm(Profile profile, Submitted submitted, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("submitted", submitted);
        model.addAttribute("bases", Option.of(WorkBase.values(), WorkBase::label));
        model.addAttribute("practices", profiles.practicesOnOffer(profile.practitioner()).stream()
                .map(p -> new Option(p.id().toString(), p.displayName())).toList());
        model.addAttribute("specialisms", profiles.specialisms().stream()
                .map(s -> new Option(s.id().toString(), s.name())).toList());
        return "workforce/profiles/form";
    }
}
