package org.pathway.partnerships.loading;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.partnerships.ForumKind;

/**
 * Loads the demo's peer support in bulk: forums, community builders, groups, spells of membership, meetings and
 * attendance, with ids the demo chose. Nothing is checked or announced: the demo decided what happened.
 */
public interface PeerSupportLoader {

    Loaded load(Batch batch);

    record Batch(List<NewForum> forums, List<NewBuilder> builders, List<NewGroup> groups,
            List<NewMembership> memberships, List<NewMeeting> meetings) {}

    record NewForum(UUID id, UUID icsId, String name, ForumKind kind, String place, UUID organiserId) {}

    /** A builder of an organisation in the structure (organisationId) or one outside it (organisationName). */
    record NewBuilder(UUID id, UUID icsId, String name, UUID organisationId, String organisationName, String email,
            String phone, List<UUID> localityIds) {}

    record NewGroup(UUID id, UUID icsId, String name, String purpose, UUID forumId, LocalDate startedOn,
            List<UUID> builderIds) {}

    record NewMembership(UUID groupId, UUID practitionerId, LocalDate joinedOn, LocalDate leftOn) {}

    /** A meeting held (with its attendees) or planned (none). */
    record NewMeeting(UUID id, UUID groupId, LocalDate heldOn, UUID forumId, String topic, boolean planned,
            List<UUID> attendees) {}

    record Loaded(int groups, int memberships, int meetings, int attendances) {}
}
