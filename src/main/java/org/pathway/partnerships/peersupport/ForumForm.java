package org.pathway.partnerships.peersupport;

import jakarta.validation.constraints.Size;
import org.pathway.partnerships.ForumKind;
import org.pathway.partnerships.PeerSupport.Forum;
import org.pathway.partnerships.PeerSupport.ForumCommand;
import org.pathway.workforce.OrganisationId;
import org.springframework.validation.Errors;

/** The forum form as typed. */
record ForumForm(@Size(max = 120, message = "Name must be 120 characters or fewer") String name, String kind,
        @Size(max = 300, message = "Place or link must be 300 characters or fewer") String place,
        String organiserId) {

    static ForumForm blank() {
        return new ForumForm(null, null, null, null);
    }

    static ForumForm of(Forum forum) {
        return new ForumForm(forum.name(), forum.kind().name(), forum.place(),
                forum.organiser() == null ? null : forum.organiser().id().toString());
    }

    ForumCommand read(Errors errors) {
        ForumKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = ForumKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("kind", "invalid", "Select how the forum meets");
            }
        }
        var organiser = FormValues.uuid(organiserId, "organiserId", "Choose an organisation from the list", errors);
        return new ForumCommand(name, chosen, place, organiser == null ? null : new OrganisationId(organiser));
    }
}
