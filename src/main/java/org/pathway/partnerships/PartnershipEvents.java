package org.pathway.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What changes in the ICS's partnerships, for the modules that follow them. */
public final class PartnershipEvents {

    private PartnershipEvents() {}

    /** An agreement was made or changed: its parties and dates as they now stand. */
    public record AgreementRecorded(UUID agreementId, UUID icsId, AgreementKind kind, List<UUID> parties,
            LocalDate startsOn, LocalDate reviewOn, LocalDate expiresOn, Instant at) {}

    /** A forum where peer-support groups meet was added or changed; its organiser is a workforce organisation or none. */
    public record ForumChanged(UUID forumId, UUID icsId, ForumKind kind, UUID organiserId, Instant at) {}

    /**
     * A community builder was added or changed: their organisation (a workforce organisation, or null when it is outside
     * the ICS structure and only named) and the localities they cover.
     */
    public record CommunityBuilderChanged(UUID builderId, UUID icsId, UUID organisationId, List<UUID> localityIds,
            Instant at) {}

    /** A peer-support group was made or changed: where it meets, who works with it and when it started. */
    public record PeerGroupChanged(UUID groupId, UUID icsId, UUID forumId, List<UUID> builderIds, LocalDate startedOn,
            Instant at) {}

    /**
     * A practitioner joined a peer-support group or left it (leftOn set): with their employer, so insight can count
     * membership across employers.
     */
    public record PeerMembershipChanged(UUID groupId, UUID icsId, UUID practitionerId, UUID employerId,
            LocalDate joinedOn, LocalDate leftOn, Instant at) {}

    /**
     * A meeting was recorded or changed: planned (ahead, no attendance yet) or held, who attended, how many were members
     * that day and each member's employer (practitioner id to organisation id), attendees included.
     */
    public record PeerMeetingRecorded(UUID meetingId, UUID groupId, UUID icsId, LocalDate date, boolean planned,
            List<UUID> attendeePractitionerIds, int memberCount, Map<UUID, UUID> memberEmployers, Instant at) {}
}
