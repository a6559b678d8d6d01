package org.pathway.partnerships;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.IcsWorkforce.IcsPractitioner;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Peer-support groups across the employers of one ICS: their members (practitioners of any employer, with the dates
 * they joined and left), their meetings with attendance, the forums they meet in and the community builders who work
 * with them. Everything is scoped to the ICS of the signed-in user's organisation.
 * <p>
 * Link workers, service managers, the ICS lead and administrators see the groups. The ICS lead and administrators keep
 * groups, forums and builders and add anyone in the ICS as a member; a service manager adds and removes their own
 * organisation's practitioners. A current member, the ICS lead or an administrator records a meeting.
 */
public interface PeerSupport {

    String VIEW = "hasAuthority('" + Permissions.PEER_SUPPORT_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.PEER_SUPPORT_MANAGE + "')";

    /** Attendance rates are counted over the meetings held in this many months up to today. */
    int ATTENDANCE_MONTHS = 12;

    // Forums and community builders

    @PreAuthorize(VIEW)
    List<Forum> forums(PathwayUser user);

    @PreAuthorize(MANAGE)
    Optional<Forum> forum(UUID id, PathwayUser user);

    @PreAuthorize(MANAGE)
    UUID createForum(ForumCommand command, PathwayUser user);

    @PreAuthorize(MANAGE)
    void updateForum(UUID id, ForumCommand command, PathwayUser user);

    @PreAuthorize(VIEW)
    List<CommunityBuilder> builders(PathwayUser user);

    @PreAuthorize(MANAGE)
    Optional<CommunityBuilder> builder(UUID id, PathwayUser user);

    @PreAuthorize(MANAGE)
    UUID createBuilder(BuilderCommand command, PathwayUser user);

    @PreAuthorize(MANAGE)
    void updateBuilder(UUID id, BuilderCommand command, PathwayUser user);

    // Groups

    /** The ICS's groups by name. */
    @PreAuthorize(VIEW)
    Page<GroupSummary> groups(Pageable pageable, PathwayUser user);

    /** The groups the user's own practitioner record is a current member of (none for a sign-in without one). */
    @PreAuthorize(VIEW)
    List<GroupSummary> myGroups(PathwayUser user);

    /** The group with its members and their attendance over the last {@link #ATTENDANCE_MONTHS} months. */
    @PreAuthorize(VIEW)
    Optional<Group> group(UUID id, PathwayUser user);

    @PreAuthorize(MANAGE)
    UUID createGroup(GroupCommand command, PathwayUser user);

    @PreAuthorize(MANAGE)
    void updateGroup(UUID id, GroupCommand command, PathwayUser user);

    // Members

    /** The practitioners this user may add to the group now: the ICS's, or a service manager's own organisation's. */
    @PreAuthorize(VIEW)
    List<IcsPractitioner> candidates(UUID groupId, PathwayUser user);

    @PreAuthorize(VIEW)
    void addMember(UUID groupId, MemberCommand command, PathwayUser user);

    @PreAuthorize(VIEW)
    void memberLeaves(UUID groupId, PractitionerId practitioner, LocalDate leftOn, PathwayUser user);

    // Meetings

    /** The group's meetings, the most recent first. */
    @PreAuthorize(VIEW)
    Page<Meeting> meetings(UUID groupId, Pageable pageable, PathwayUser user);

    @PreAuthorize(VIEW)
    Optional<Meeting> meeting(UUID groupId, UUID meetingId, PathwayUser user);

    @PreAuthorize(VIEW)
    UUID recordMeeting(UUID groupId, MeetingCommand command, PathwayUser user);

    @PreAuthorize(VIEW)
    void updateMeeting(UUID groupId, UUID meetingId, MeetingCommand command, PathwayUser user);

    record ForumCommand(String name, ForumKind kind, String place, OrganisationId organiserId) {}

    record Forum(UUID id, String name, ForumKind kind, String place, OrganisationRef organiser) {}

    /** Either an organisation of the ICS structure or, for one outside it, its name. */
    record BuilderCommand(String name, OrganisationId organisationId, String organisationName, String email,
            String phone, Set<OrganisationId> localityIds) {}

    record CommunityBuilder(UUID id, String name, OrganisationRef organisation, String organisationName, String email,
            String phone, List<OrganisationRef> localities) {

        /** The organisation's name, from the structure or as typed. */
        public String organisationText() {
            return organisation != null ? organisation.name() : organisationName;
        }
    }

    record GroupCommand(String name, String purpose, UUID forumId, Set<UUID> builderIds, LocalDate startedOn) {}

    record GroupSummary(UUID id, String name, String forumName, ForumKind forumKind, int members, int employers,
            LocalDate lastMeeting, LocalDate nextMeeting) {}

    /** What the user asking may do with the group. */
    record Permits(boolean manage, boolean addMembers, boolean recordMeetings) {}

    record Group(UUID id, String name, String purpose, Forum forum, List<CommunityBuilder> builders,
            LocalDate startedOn, List<Member> members, Permits permits) {

        public List<Member> current() {
            return members.stream().filter(Member::current).toList();
        }

        public List<Member> former() {
            return members.stream().filter(m -> !m.current()).toList();
        }
    }

    /**
     * A practitioner's latest spell in the group, with their attendance over the last {@link #ATTENDANCE_MONTHS} months
     * (every spell in that time counted): the meetings held while they were a member and those they attended. Each
     * member's attendance is shown only to them, their own organisation's managers, the ICS lead and administrators,
     * not to colleagues in the group.
     */
    record Member(PractitionerId practitionerId, String name, OrganisationRef employer, EmployerType employerType,
            LocalDate joinedOn, LocalDate leftOn, int meetingsHeld, int attended, boolean removable,
            boolean attendanceShown) {

        public boolean current() {
            return leftOn == null;
        }

        /** "3 of 4 (75%)", or that no meeting was held in that time while they were a member. */
        public String attendance() {
            if (!attendanceShown) {
                return "Shown to them and their managers";
            }
            if (meetingsHeld == 0) {
                return "No meetings held in that time";
            }
            return attended + " of " + meetingsHeld + " (" + Math.round(100.0 * attended / meetingsHeld) + "%)";
        }
    }

    record MemberCommand(PractitionerId practitionerId, LocalDate joinedOn) {}

    /** A meeting: with attendees when held; a date ahead and none ticked makes it planned. */
    record MeetingCommand(LocalDate heldOn, UUID forumId, String topic, Set<PractitionerId> attendees) {}

    record Meeting(UUID id, LocalDate heldOn, Forum forum, String topic, boolean planned,
            List<PractitionerId> attendees, int memberCount) {}
}
