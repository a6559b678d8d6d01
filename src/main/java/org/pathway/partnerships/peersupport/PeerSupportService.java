package org.pathway.partnerships.peersupport;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.partnerships.ForumKind;
import org.pathway.partnerships.PartnershipEvents.PeerGroupChanged;
import org.pathway.partnerships.PartnershipEvents.PeerMeetingRecorded;
import org.pathway.partnerships.PartnershipEvents.PeerMembershipChanged;
import org.pathway.partnerships.PeerSupport;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.workforce.IcsWorkforce;
import org.pathway.workforce.IcsWorkforce.IcsPractitioner;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer-support groups, their members and meetings, in SQL, always within the user's ICS (a group of another ICS is
 * not found); forums and community builders are {@link ForumsAndBuilders}'. Who may add members and record meetings
 * is decided here.
 */
@Service
class PeerSupportService implements PeerSupport {

    private final JdbcClient jdbc;
    private final IcsWorkforce workforce;
    private final PeerScope scope;
    private final ForumsAndBuilders network;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PeerSupportService(JdbcClient jdbc, IcsWorkforce workforce, PeerScope scope, ForumsAndBuilders network,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.workforce = workforce;
        this.scope = scope;
        this.network = network;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // Forums and community builders

    @Override
    @Transactional(readOnly = true)
    public List<Forum> forums(PathwayUser user) {
        return network.forums(user);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Forum> forum(UUID id, PathwayUser user) {
        return network.forum(id, user);
    }

    @Override
    @Transactional
    public UUID createForum(ForumCommand command, PathwayUser user) {
        return network.createForum(command, user);
    }

    @Override
    @Transactional
    public void updateForum(UUID id, ForumCommand command, PathwayUser user) {
        network.updateForum(id, command, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommunityBuilder> builders(PathwayUser user) {
        return network.builders(user);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CommunityBuilder> builder(UUID id, PathwayUser user) {
        return network.builder(id, user);
    }

    @Override
    @Transactional
    public UUID createBuilder(BuilderCommand command, PathwayUser user) {
        return network.createBuilder(command, user);
    }

    @Override
    @Transactional
    public void updateBuilder(UUID id, BuilderCommand command, PathwayUser user) {
        network.updateBuilder(id, command, user);
    }

    // Groups

    private static final String SUMMARY = """
            SELECT g.id, g.name, f.name AS forum_name, f.kind AS forum_kind,
              ARRAY(SELECT m.practitioner_id FROM partnerships.peer_group_member m
                    WHERE m.group_id = g.id AND m.left_on IS NULL) AS members,
              (SELECT max(held_on) FROM partnerships.peer_meeting mt
               WHERE mt.group_id = g.id AND NOT mt.planned) AS last_meeting,
              (SELECT min(held_on) FROM partnerships.peer_meeting mt
               WHERE mt.group_id = g.id AND mt.planned AND mt.held_on >= :today) AS next_meeting
            FROM partnerships.peer_group g JOIN partnerships.peer_forum f ON f.id = g.forum_id
            """;

    @Override
    @Transactional(readOnly = true)
    public Page<GroupSummary> groups(Pageable pageable, PathwayUser user) {
        Optional<OrganisationId> ics = scope.ics(user);
        if (ics.isEmpty()) {
            return Page.empty(pageable);
        }
        long total = jdbc.sql("SELECT count(*) FROM partnerships.peer_group WHERE ics_id = ?")
                .param(ics.get().value()).query(Long.class).single();
        List<GroupSummary> rows = summaries(ics.get(), jdbc.sql(SUMMARY
                        + " WHERE g.ics_id = :ics ORDER BY lower(g.name), g.id LIMIT :limit OFFSET :offset")
                .param("ics", ics.get().value()).param("today", today())
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()));
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupSummary> myGroups(PathwayUser user) {
        Optional<OrganisationId> ics = scope.ics(user);
        Optional<IcsPractitioner> self = scope.self(user);
        if (ics.isEmpty() || self.isEmpty()) {
            return List.of();
        }
        return summaries(ics.get(), jdbc.sql(SUMMARY + """
                         WHERE g.ics_id = :ics AND EXISTS (SELECT 1 FROM partnerships.peer_group_member m
                           WHERE m.group_id = g.id AND m.practitioner_id = :self AND m.left_on IS NULL)
                        ORDER BY lower(g.name), g.id""")
                .param("ics", ics.get().value()).param("today", today()).param("self", self.get().id().value()));
    }

    private List<GroupSummary> summaries(OrganisationId ics, JdbcClient.StatementSpec query) {
        Map<PractitionerId, IcsPractitioner> people = practitioners(ics);
        return query.query((rs, n) -> {
            Set<UUID> employers = new HashSet<>();
            UUID[] members = (UUID[]) rs.getArray("members").getArray();
            for (UUID member : members) {
                IcsPractitioner p = people.get(new PractitionerId(member));
                if (p != null) {
                    employers.add(p.employer().id().value());
                }
            }
            return new GroupSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("forum_name"),
                    ForumKind.valueOf(rs.getString("forum_kind")), members.length, employers.size(),
                    rs.getObject("last_meeting", LocalDate.class), rs.getObject("next_meeting", LocalDate.class));
        }).list();
    }

    private Map<PractitionerId, IcsPractitioner> practitioners(OrganisationId ics) {
        return workforce.practitioners(ics).stream()
                .collect(Collectors.toMap(IcsPractitioner::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private record GroupRow(UUID id, UUID ics, String name, String purpose, UUID forumId, LocalDate startedOn) {}

    /** The group when it is in the user's ICS. */
    private Optional<GroupRow> groupRow(UUID id, PathwayUser user) {
        Optional<OrganisationId> ics = scope.ics(user);
        if (ics.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, ics_id, name, purpose, forum_id, started_on FROM partnerships.peer_group"
                        + " WHERE id = ? AND ics_id = ?")
                .params(id, ics.get().value())
                .query((rs, n) -> new GroupRow(rs.getObject("id", UUID.class), rs.getObject("ics_id", UUID.class),
                        rs.getString("name"), rs.getString("purpose"), rs.getObject("forum_id", UUID.class),
                        rs.getObject("started_on", LocalDate.class)))
                .optional();
    }

    private GroupRow requireGroup(UUID id, PathwayUser user) {
        return groupRow(id, user).orElseThrow(() -> NotFound.of("peer-support group", id));
    }

    private record Spell(PractitionerId practitioner, LocalDate joinedOn, LocalDate leftOn) {

        boolean covers(LocalDate day) {
            return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
        }
    }

    /** Every spell of membership of the group, the earliest first. */
    private List<Spell> spells(UUID group) {
        return jdbc.sql("""
                SELECT practitioner_id, joined_on, left_on FROM partnerships.peer_group_member WHERE group_id = ?
                ORDER BY joined_on, practitioner_id""")
                .param(group)
                .query((rs, n) -> new Spell(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                        rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Group> group(UUID id, PathwayUser user) {
        Optional<GroupRow> found = groupRow(id, user);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GroupRow row = found.get();
        OrganisationId ics = new OrganisationId(row.ics());
        Forum forum = network.forum(row.forumId(), user).orElse(null);
        Set<UUID> builderIds = new HashSet<>(jdbc.sql(
                "SELECT builder_id FROM partnerships.peer_group_builder WHERE group_id = ?").param(id)
                .query(UUID.class).list());
        List<CommunityBuilder> builders = network.builders(user).stream().filter(b -> builderIds.contains(b.id()))
                .toList();

        LocalDate today = today();
        Map<PractitionerId, int[]> attendance = new HashMap<>();
        jdbc.sql("""
                SELECT m.practitioner_id, count(mt.id) AS held, count(a.practitioner_id) AS attended
                FROM partnerships.peer_group_member m
                JOIN partnerships.peer_meeting mt ON mt.group_id = m.group_id AND NOT mt.planned
                  AND mt.held_on > ? AND mt.held_on <= ?
                  AND mt.held_on >= m.joined_on AND (m.left_on IS NULL OR mt.held_on <= m.left_on)
                LEFT JOIN partnerships.peer_attendance a ON a.meeting_id = mt.id AND a.practitioner_id = m.practitioner_id
                WHERE m.group_id = ? GROUP BY m.practitioner_id""")
                .params(today.minusMonths(ATTENDANCE_MONTHS), today, id)
                .query(rs -> {
                    attendance.put(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                            new int[] {rs.getInt("held"), rs.getInt("attended")});
                });
        Map<PractitionerId, IcsPractitioner> people = practitioners(ics);
        Map<PractitionerId, Spell> latest = new LinkedHashMap<>();
        spells(id).forEach(s -> latest.put(s.practitioner(), s));
        Permits permits = permits(id, user);
        PractitionerId self = scope.self(user).map(IcsPractitioner::id).orElse(null);
        List<Member> members = latest.values().stream().map(s -> {
            IcsPractitioner p = people.get(s.practitioner());
            int[] counts = attendance.getOrDefault(s.practitioner(), new int[2]);
            return new Member(s.practitioner(), p == null ? "A practitioner no longer in this ICS" : p.name(),
                    p == null ? null : p.employer(), p == null ? null : p.employerType(), s.joinedOn(), s.leftOn(),
                    counts[0], counts[1], s.leftOn() == null && p != null && mayChangeMembership(p, user),
                    s.practitioner().equals(self) || p != null && mayChangeMembership(p, user));
        }).sorted(Comparator.comparing((Member m) -> !m.current()).thenComparing(m -> m.name().toLowerCase(Locale.UK)))
                .toList();
        return Optional.of(new Group(row.id(), row.name(), row.purpose(), forum, builders, row.startedOn(), members,
                permits));
    }

    private Permits permits(UUID group, PathwayUser user) {
        boolean manage = user.can(Permissions.PEER_SUPPORT_MANAGE);
        return new Permits(manage, manage || user.can(Permissions.PRACTITIONERS_MANAGE),
                manage || isCurrentMember(group, user));
    }

    private boolean isCurrentMember(UUID group, PathwayUser user) {
        return scope.self(user).map(p -> jdbc.sql("""
                SELECT count(*) FROM partnerships.peer_group_member
                WHERE group_id = ? AND practitioner_id = ? AND left_on IS NULL""")
                .params(group, p.id().value()).query(Long.class).single() > 0).orElse(false);
    }

    /** The ICS lead and administrators: anyone in the ICS; a service manager: their own organisation's staff. */
    private static boolean mayChangeMembership(IcsPractitioner practitioner, PathwayUser user) {
        return user.can(Permissions.PEER_SUPPORT_MANAGE) || user.can(Permissions.PRACTITIONERS_MANAGE)
                && practitioner.employer().id().value().equals(user.organisationId());
    }

    @Override
    @Transactional
    public UUID createGroup(GroupCommand command, PathwayUser user) {
        OrganisationId ics = scope.requireIcs(user);
        checkGroup(command, null, user);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO partnerships.peer_group (id, ics_id, name, purpose, forum_id, started_on, created_by,
                  created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ics.value(), command.name().strip(), command.purpose().strip(), command.forumId(),
                        Date.valueOf(command.startedOn()), user.getUsername(), now, now)
                .update();
        builders(id, command);
        audit.changed("peer-support group", id.toString(), "created: " + command.name().strip());
        announce(id, ics, command);
        return id;
    }

    @Override
    @Transactional
    public void updateGroup(UUID id, GroupCommand command, PathwayUser user) {
        GroupRow row = requireGroup(id, user);
        checkGroup(command, id, user);
        jdbc.sql("""
                UPDATE partnerships.peer_group SET name = ?, purpose = ?, forum_id = ?, started_on = ?, updated_at = ?
                WHERE id = ?""")
                .params(command.name().strip(), command.purpose().strip(), command.forumId(),
                        Date.valueOf(command.startedOn()), Timestamp.from(clock.instant()), id)
                .update();
        jdbc.sql("DELETE FROM partnerships.peer_group_builder WHERE group_id = ?").param(id).update();
        builders(id, command);
        audit.changed("peer-support group", id.toString(), "changed: " + command.name().strip());
        announce(id, new OrganisationId(row.ics()), command);
    }

    private void builders(UUID id, GroupCommand command) {
        command.builderIds().forEach(b -> jdbc.sql("INSERT INTO partnerships.peer_group_builder (group_id, builder_id) "
                + "VALUES (?, ?)").params(id, b).update());
    }

    private void announce(UUID id, OrganisationId ics, GroupCommand command) {
        events.publishEvent(new PeerGroupChanged(id, ics.value(), command.forumId(), List.copyOf(command.builderIds()),
                command.startedOn(), clock.instant()));
    }

    /** Every rule a group breaks, each against its field. */
    void checkGroup(GroupCommand command, UUID except, PathwayUser user) {
        OrganisationId ics = scope.requireIcs(user);
        List<Refusal.Problem> problems = new ArrayList<>();
        String name = Text.blankToNull(command.name());
        if (name == null) {
            problems.add(new Refusal.Problem("name", "Enter the name of the group"));
        } else if (name.length() > 120) {
            problems.add(new Refusal.Problem("name", "Name must be 120 characters or fewer"));
        } else if (jdbc.sql("""
                SELECT count(*) FROM partnerships.peer_group
                WHERE ics_id = ? AND lower(name) = lower(?) AND (CAST(? AS uuid) IS NULL OR id <> ?)""")
                .params(ics.value(), name, except, except).query(Long.class).single() > 0) {
            problems.add(new Refusal.Problem("name", "A group called " + name + " is already recorded in your ICS"));
        }
        String purpose = Text.blankToNull(command.purpose());
        if (purpose == null) {
            problems.add(new Refusal.Problem("purpose", "Enter what the group is for"));
        } else if (purpose.length() > 1000) {
            problems.add(new Refusal.Problem("purpose", "Purpose must be 1,000 characters or fewer"));
        }
        if (command.forumId() == null) {
            problems.add(new Refusal.Problem("forumId", "Select the forum the group meets in"));
        } else if (network.forums(user).stream().noneMatch(f -> f.id().equals(command.forumId()))) {
            problems.add(new Refusal.Problem("forumId", "Choose a forum from the list"));
        }
        Set<UUID> builders = network.builders(user).stream().map(CommunityBuilder::id).collect(Collectors.toSet());
        if (!builders.containsAll(command.builderIds())) {
            problems.add(new Refusal.Problem("builderIds", "Choose community builders from the list"));
        }
        if (command.startedOn() == null) {
            problems.add(new Refusal.Problem("startedDay", "Enter the date the group started"));
        } else if (except != null) {
            LocalDate earliest = jdbc.sql("""
                    SELECT least((SELECT min(held_on) FROM partnerships.peer_meeting WHERE group_id = :id),
                                 (SELECT min(joined_on) FROM partnerships.peer_group_member WHERE group_id = :id))""")
                    .param("id", except).query(LocalDate.class).optional().orElse(null);
            if (earliest != null && earliest.isBefore(command.startedOn())) {
                problems.add(new Refusal.Problem("startedDay", "The group has a meeting or a member from "
                        + UkDates.longDay(earliest) + ": the date it started cannot be after that"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    // Members

    @Override
    @Transactional(readOnly = true)
    public List<IcsPractitioner> candidates(UUID groupId, PathwayUser user) {
        GroupRow group = requireGroup(groupId, user);
        Set<PractitionerId> current = spells(groupId).stream().filter(s -> s.leftOn() == null).map(Spell::practitioner)
                .collect(Collectors.toSet());
        return practitioners(new OrganisationId(group.ics())).values().stream()
                .filter(p -> !current.contains(p.id()) && mayChangeMembership(p, user)).toList();
    }

    @Override
    @Transactional
    public void addMember(UUID groupId, MemberCommand command, PathwayUser user) {
        GroupRow group = requireGroup(groupId, user);
        requireMayAddMembers(user);
        IcsPractitioner practitioner = checkMember(groupId, command, user);
        jdbc.sql("""
                INSERT INTO partnerships.peer_group_member (id, group_id, practitioner_id, joined_on, created_by,
                  created_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), groupId, practitioner.id().value(), Date.valueOf(command.joinedOn()),
                        user.getUsername(), Timestamp.from(clock.instant()))
                .update();
        audit.changed("peer-support group", groupId.toString(), "member added: " + practitioner.id());
        events.publishEvent(new PeerMembershipChanged(groupId, group.ics(), practitioner.id().value(),
                practitioner.employer().id().value(), command.joinedOn(), null, clock.instant()));
    }

    private static void requireMayAddMembers(PathwayUser user) {
        if (!user.can(Permissions.PEER_SUPPORT_MANAGE) && !user.can(Permissions.PRACTITIONERS_MANAGE)) {
            throw new AccessDeniedException("Only the ICS lead, administrators and service managers change members");
        }
    }

    /**
     * The practitioner to add, after every rule; refused with each problem against its field, and forbidden when a
     * service manager names another organisation's practitioner.
     */
    IcsPractitioner checkMember(UUID groupId, MemberCommand command, PathwayUser user) {
        GroupRow group = requireGroup(groupId, user);
        List<Refusal.Problem> problems = new ArrayList<>();
        IcsPractitioner practitioner = null;
        List<Spell> spells = spells(group.id());
        if (command.practitionerId() == null) {
            problems.add(new Refusal.Problem("practitionerId", "Select the practitioner to add"));
        } else {
            practitioner = practitioners(new OrganisationId(group.ics())).get(command.practitionerId());
            if (practitioner == null) {
                problems.add(new Refusal.Problem("practitionerId", "Choose a practitioner from the list"));
            } else if (!mayChangeMembership(practitioner, user)) {
                throw new AccessDeniedException("A service manager adds only their own organisation's practitioners");
            } else if (spells.stream().anyMatch(s -> s.practitioner().equals(command.practitionerId())
                    && s.leftOn() == null)) {
                problems.add(new Refusal.Problem("practitionerId", practitioner.name()
                        + " is already a member of this group"));
            }
        }
        LocalDate joined = command.joinedOn();
        if (joined == null) {
            problems.add(new Refusal.Problem("joinedDay", "Enter the date they joined"));
        } else if (joined.isAfter(today())) {
            problems.add(new Refusal.Problem("joinedDay", "The date they joined must be today or in the past"));
        } else if (joined.isBefore(group.startedOn())) {
            problems.add(new Refusal.Problem("joinedDay", "The date they joined must be on or after the group started ("
                    + UkDates.longDay(group.startedOn()) + ")"));
        } else if (practitioner != null) {
            IcsPractitioner p = practitioner;
            spells.stream().filter(s -> s.practitioner().equals(p.id()) && s.leftOn() != null
                    && !joined.isAfter(s.leftOn())).findFirst().ifPresent(s -> problems.add(new Refusal.Problem(
                    "joinedDay", p.name() + " was a member until " + UkDates.longDay(s.leftOn())
                            + ": the date they joined again must be after that")));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return practitioner;
    }

    @Override
    @Transactional
    public void memberLeaves(UUID groupId, PractitionerId practitionerId, LocalDate leftOn, PathwayUser user) {
        GroupRow group = requireGroup(groupId, user);
        requireMayAddMembers(user);
        Spell spell = spells(groupId).stream().filter(s -> s.practitioner().equals(practitionerId)
                && s.leftOn() == null).findFirst().orElseThrow(() -> NotFound.of("member", practitionerId));
        IcsPractitioner practitioner = practitioners(new OrganisationId(group.ics())).get(practitionerId);
        if (practitioner == null || !mayChangeMembership(practitioner, user)) {
            throw new AccessDeniedException("A service manager removes only their own organisation's practitioners");
        }
        if (leftOn == null) {
            throw Refusal.of("leftDay", "Enter the date they left");
        }
        if (leftOn.isAfter(today())) {
            throw Refusal.of("leftDay", "The date they left must be today or in the past");
        }
        if (leftOn.isBefore(spell.joinedOn())) {
            throw Refusal.of("leftDay", "The date they left must be on or after the date they joined ("
                    + UkDates.longDay(spell.joinedOn()) + ")");
        }
        jdbc.sql("""
                SELECT max(mt.held_on) FROM partnerships.peer_meeting mt
                JOIN partnerships.peer_attendance a ON a.meeting_id = mt.id
                WHERE mt.group_id = ? AND a.practitioner_id = ?""")
                .params(groupId, practitionerId.value()).query(LocalDate.class).optional()
                .filter(last -> last.isAfter(leftOn))
                .ifPresent(last -> {
                    throw Refusal.of("leftDay", practitioner.name() + " attended the meeting on "
                            + UkDates.longDay(last) + ": the date they left cannot be before that");
                });
        jdbc.sql("""
                UPDATE partnerships.peer_group_member SET left_on = ?
                WHERE group_id = ? AND practitioner_id = ? AND left_on IS NULL""")
                .params(Date.valueOf(leftOn), groupId, practitionerId.value()).update();
        audit.changed("peer-support group", groupId.toString(), "member left: " + practitionerId);
        events.publishEvent(new PeerMembershipChanged(groupId, group.ics(), practitionerId.value(),
                practitioner.employer().id().value(), spell.joinedOn(), leftOn, clock.instant()));
    }

    // Meetings

    @Override
    @Transactional(readOnly = true)
    public Page<Meeting> meetings(UUID groupId, Pageable pageable, PathwayUser user) {
        requireGroup(groupId, user);
        long total = jdbc.sql("SELECT count(*) FROM partnerships.peer_meeting WHERE group_id = ?").param(groupId)
                .query(Long.class).single();
        return new PageImpl<>(meetingRows(groupId, null, pageable, user), pageable, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(UUID groupId, UUID meetingId, PathwayUser user) {
        requireGroup(groupId, user);
        return meetingRows(groupId, meetingId, Pageable.ofSize(1), user).stream().findFirst();
    }

    private List<Meeting> meetingRows(UUID groupId, UUID only, Pageable pageable, PathwayUser user) {
        Map<UUID, Forum> forums = network.forums(user).stream().collect(Collectors.toMap(Forum::id,
                Function.identity()));
        return jdbc.sql("""
                SELECT mt.id, mt.held_on, mt.forum_id, mt.topic, mt.planned,
                  (SELECT count(DISTINCT m.practitioner_id) FROM partnerships.peer_group_member m
                   WHERE m.group_id = mt.group_id AND m.joined_on <= mt.held_on
                     AND (m.left_on IS NULL OR m.left_on >= mt.held_on)) AS member_count,
                  ARRAY(SELECT a.practitioner_id FROM partnerships.peer_attendance a WHERE a.meeting_id = mt.id)
                    AS attendees
                FROM partnerships.peer_meeting mt
                WHERE mt.group_id = :group AND (CAST(:only AS uuid) IS NULL OR mt.id = :only)
                ORDER BY mt.held_on DESC LIMIT :limit OFFSET :offset""")
                .param("group", groupId).param("only", only)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new Meeting(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                        forums.get(rs.getObject("forum_id", UUID.class)), rs.getString("topic"),
                        rs.getBoolean("planned"), Arrays.stream((UUID[]) rs.getArray("attendees").getArray())
                        .map(PractitionerId::new).toList(), rs.getInt("member_count")))
                .list();
    }

    @Override
    @Transactional
    public UUID recordMeeting(UUID groupId, MeetingCommand command, PathwayUser user) {
        GroupRow group = requireGroup(groupId, user);
        requireMayRecord(groupId, user);
        checkMeeting(groupId, null, command, user);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        boolean planned = command.heldOn().isAfter(today());
        try {
            jdbc.sql("""
                    INSERT INTO partnerships.peer_meeting (id, group_id, held_on, forum_id, topic, planned, recorded_by,
                      created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, groupId, Date.valueOf(command.heldOn()), forumOf(group, command), Text.blankToNull(
                            command.topic()), planned, user.getUsername(), now, now)
                    .update();
        } catch (DuplicateKeyException twice) {
            // The same form sent twice at once: the first was kept.
            throw duplicate(command.heldOn());
        }
        attendance(id, command);
        audit.changed("peer-support meeting", id.toString(), "recorded for group " + groupId);
        announce(id, group, command, planned);
        return id;
    }

    @Override
    @Transactional
    public void updateMeeting(UUID groupId, UUID meetingId, MeetingCommand command, PathwayUser user) {
        GroupRow group = requireGroup(groupId, user);
        meeting(groupId, meetingId, user).orElseThrow(() -> NotFound.of("meeting", meetingId));
        requireMayRecord(groupId, user);
        checkMeeting(groupId, meetingId, command, user);
        boolean planned = command.heldOn().isAfter(today());
        try {
            jdbc.sql("""
                    UPDATE partnerships.peer_meeting SET held_on = ?, forum_id = ?, topic = ?, planned = ?,
                      recorded_by = ?, updated_at = ? WHERE id = ? AND group_id = ?""")
                    .params(Date.valueOf(command.heldOn()), forumOf(group, command), Text.blankToNull(command.topic()),
                            planned, user.getUsername(), Timestamp.from(clock.instant()), meetingId, groupId)
                    .update();
        } catch (DuplicateKeyException twice) {
            throw duplicate(command.heldOn());
        }
        jdbc.sql("DELETE FROM partnerships.peer_attendance WHERE meeting_id = ?").param(meetingId).update();
        attendance(meetingId, command);
        audit.changed("peer-support meeting", meetingId.toString(), "changed for group " + groupId);
        announce(meetingId, group, command, planned);
    }

    private void requireMayRecord(UUID groupId, PathwayUser user) {
        if (!permits(groupId, user).recordMeetings()) {
            throw new AccessDeniedException("Only the group's members, the ICS lead and administrators record meetings");
        }
    }

    private static UUID forumOf(GroupRow group, MeetingCommand command) {
        return command.forumId() != null ? command.forumId() : group.forumId();
    }

    private void attendance(UUID meeting, MeetingCommand command) {
        command.attendees().forEach(p -> jdbc.sql("INSERT INTO partnerships.peer_attendance (meeting_id, "
                + "practitioner_id) VALUES (?, ?)").params(meeting, p.value()).update());
    }

    private void announce(UUID meeting, GroupRow group, MeetingCommand command, boolean planned) {
        Map<PractitionerId, IcsPractitioner> people = practitioners(new OrganisationId(group.ics()));
        Map<UUID, UUID> employers = new LinkedHashMap<>();
        spells(group.id()).stream().filter(s -> s.covers(command.heldOn())).map(Spell::practitioner).distinct()
                .forEach(p -> {
                    IcsPractitioner known = people.get(p);
                    employers.put(p.value(), known == null ? null : known.employer().id().value());
                });
        events.publishEvent(new PeerMeetingRecorded(meeting, group.id(), group.ics(), command.heldOn(), planned,
                command.attendees().stream().map(PractitionerId::value).toList(), employers.size(), employers,
                clock.instant()));
    }

    private static Refusal duplicate(LocalDate day) {
        return Refusal.of("heldDay", "The group already has a meeting on " + UkDates.longDay(day)
                + ": change that meeting instead");
    }

    /** Every rule a meeting breaks, each against its field. */
    void checkMeeting(UUID groupId, UUID except, MeetingCommand command, PathwayUser user) {
        GroupRow group = requireGroup(groupId, user);
        List<Refusal.Problem> problems = new ArrayList<>();
        LocalDate day = command.heldOn();
        LocalDate today = today();
        List<Spell> spells = spells(groupId);
        if (day == null) {
            problems.add(new Refusal.Problem("heldDay", "Enter the date of the meeting"));
        } else if (day.isBefore(group.startedOn())) {
            problems.add(new Refusal.Problem("heldDay", "The date of the meeting must be on or after the group started ("
                    + UkDates.longDay(group.startedOn()) + ")"));
        } else if (jdbc.sql("""
                SELECT count(*) FROM partnerships.peer_meeting
                WHERE group_id = ? AND held_on = ? AND (CAST(? AS uuid) IS NULL OR id <> ?)""")
                .params(groupId, day, except, except).query(Long.class).single() > 0) {
            problems.add(duplicate(day).problems().get(0));
        }
        if (day != null && day.isAfter(today) && !command.attendees().isEmpty()) {
            problems.add(new Refusal.Problem("attendees", "A meeting after today can only be planned: untick who "
                    + "attended, and record attendance once it has taken place"));
        } else if (day != null && !day.isAfter(today) && command.attendees().isEmpty()) {
            problems.add(new Refusal.Problem("attendees", "Select who attended"));
        } else if (day != null && !day.isBefore(group.startedOn())) {
            Map<PractitionerId, IcsPractitioner> people = practitioners(new OrganisationId(group.ics()));
            List<String> outside = command.attendees().stream()
                    .filter(p -> spells.stream().noneMatch(s -> s.practitioner().equals(p) && s.covers(day)))
                    .map(p -> people.containsKey(p) ? people.get(p).name() : "Someone ticked").toList();
            if (!outside.isEmpty()) {
                problems.add(new Refusal.Problem("attendees", String.join(", ", outside)
                        + (outside.size() == 1 ? " was" : " were") + " not a member of the group on "
                        + UkDates.longDay(day)));
            }
        }
        if (command.forumId() != null && network.forums(user).stream().noneMatch(f -> f.id().equals(command.forumId()))) {
            problems.add(new Refusal.Problem("forumId", "Choose a forum from the list"));
        }
        if (command.topic() != null && command.topic().length() > 200) {
            problems.add(new Refusal.Problem("topic", "Topic must be 200 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }
}
