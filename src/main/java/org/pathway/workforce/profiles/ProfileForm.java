package org.pathway.workforce.profiles;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerProfiles.Profile;
import org.pathway.workforce.PractitionerProfiles.ProfileCommand;
import org.pathway.workforce.WorkBase;
import org.springframework.validation.Errors;

/** The profile form as typed: the base, ticked practices and specialisms, and languages one per line. */
record ProfileForm(String base, List<String> practiceIds, List<String> specialismIds, String languages) {

    static ProfileForm of(Profile profile) {
        return new ProfileForm(profile.base() == null ? null : profile.base().name(),
                profile.practices().stream().map(p -> p.practice().id().toString()).toList(),
                profile.specialisms().stream().map(s -> s.id().toString()).toList(),
                String.join("\n", profile.languages()));
    }

    Optional<ProfileCommand> validate(Errors errors) {
        WorkBase chosen = null;
        if (base != null && !base.isBlank()) {
            try {
                chosen = WorkBase.valueOf(base.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("base", "invalid", "Select where they are based");
            }
        }
        Set<OrganisationId> practices = new LinkedHashSet<>();
        Set<UUID> specialisms = new LinkedHashSet<>();
        try {
            (practiceIds == null ? List.<String>of() : practiceIds).stream()
                    .map(OrganisationId::of).filter(java.util.Objects::nonNull).forEach(practices::add);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("practiceIds", "invalid", "Choose practices from the list");
        }
        try {
            (specialismIds == null ? List.<String>of() : specialismIds).forEach(s -> specialisms.add(UUID.fromString(s)));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("specialismIds", "invalid", "Choose specialisms from the list");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        List<String> typed = languages == null ? List.of() : Arrays.asList(languages.split("\\R"));
        return Optional.of(new ProfileCommand(chosen, practices, specialisms, typed));
    }
}
