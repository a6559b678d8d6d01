package org.pathway.workforce;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * What a practitioner brings beyond their job: where they are based, the GP practices they cover (with each practice's
 * social-prescribing champion), their specialisms and languages. Seen by whoever may see the practitioner; changed by
 * the practitioner or their manager. Champions are named by managers and administrators.
 */
public interface PractitionerProfiles {

    String VIEW = "hasAuthority('" + Permissions.PRACTITIONERS_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.PRACTITIONERS_MANAGE + "')";

    /** The managed list of specialisms, by name. */
    List<Specialism> specialisms();

    @PreAuthorize(VIEW)
    Optional<Profile> profile(PractitionerId practitioner, PathwayUser user);

    /** Replaces the profile; refused with the field at fault. */
    @PreAuthorize(VIEW)
    void update(PractitionerId practitioner, ProfileCommand command, PathwayUser user);

    /** The practice's champion, if it has named one. */
    Optional<Champion> champion(OrganisationId practice);

    /** Names (or, with a blank name, removes) the practice's champion. */
    @PreAuthorize(MANAGE)
    void nameChampion(OrganisationId practice, ChampionCommand command, PathwayUser user);

    record Specialism(UUID id, String name) {}

    record ProfileCommand(WorkBase base, Set<OrganisationId> practiceIds, Set<UUID> specialismIds,
            List<String> languages) {}

    record Profile(PractitionerId practitioner, String practitionerName, WorkBase base,
            List<CoveredPractice> practices, List<Specialism> specialisms, List<String> languages,
            boolean mayChange) {}

    record CoveredPractice(OrganisationRef practice, Champion champion) {}

    record Champion(String name, String role, String phone, String email) {}

    record ChampionCommand(String name, String role, String phone, String email) {}
}
