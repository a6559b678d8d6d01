package org.pathway.partnerships.peersupport;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.partnerships.ForumKind;
import org.pathway.partnerships.PartnershipEvents.CommunityBuilderChanged;
import org.pathway.partnerships.PartnershipEvents.ForumChanged;
import org.pathway.partnerships.PeerSupport.BuilderCommand;
import org.pathway.partnerships.PeerSupport.CommunityBuilder;
import org.pathway.partnerships.PeerSupport.Forum;
import org.pathway.partnerships.PeerSupport.ForumCommand;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.pathway.workforce.IcsWorkforce;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ICS's forums and community builders, in SQL: read, checked, stored, audited and announced. */
@Component
class ForumsAndBuilders {

    /** The organisations that organise forums or employ community builders (not single GP practices). */
    static final Set<OrganisationKind> ORGANISATION_KINDS = EnumSet.of(OrganisationKind.ICS, OrganisationKind.LOCALITY,
            OrganisationKind.PCN, OrganisationKind.EMPLOYER, OrganisationKind.PROVIDER, OrganisationKind.PARTNER);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()-]{6,30}$");

    private final JdbcClient jdbc;
    private final IcsWorkforce workforce;
    private final PeerScope scope;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ForumsAndBuilders(JdbcClient jdbc, IcsWorkforce workforce, PeerScope scope, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.workforce = workforce;
        this.scope = scope;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations of the user's ICS that may organise a forum or employ a builder, for the forms. */
    List<OrganisationRef> organisations(PathwayUser user) {
        return scope.ics(user).map(ics -> workforce.organisationsWithin(ics, ORGANISATION_KINDS)).orElse(List.of());
    }

    List<OrganisationRef> localities(PathwayUser user) {
        return scope.ics(user).map(ics -> workforce.organisationsWithin(ics, EnumSet.of(OrganisationKind.LOCALITY)))
                .orElse(List.of());
    }

    // Forums

    List<Forum> forums(PathwayUser user) {
        return scope.ics(user).map(ics -> forums(ics, null)).orElse(List.of());
    }

    Optional<Forum> forum(UUID id, PathwayUser user) {
        return scope.ics(user).flatMap(ics -> forums(ics, id).stream().findFirst());
    }

    private List<Forum> forums(OrganisationId ics, UUID only) {
        Map<UUID, OrganisationRef> names = names(ics);
        return jdbc.sql("""
                SELECT id, name, kind, place, organiser_id FROM partnerships.peer_forum
                WHERE ics_id = ? AND (CAST(? AS uuid) IS NULL OR id = ?) ORDER BY lower(name), id""")
                .params(ics.value(), only, only)
                .query((rs, n) -> new Forum(rs.getObject("id", UUID.class), rs.getString("name"),
                        ForumKind.valueOf(rs.getString("kind")), rs.getString("place"),
                        names.get(rs.getObject("organiser_id", UUID.class))))
                .list();
    }

    private Map<UUID, OrganisationRef> names(OrganisationId ics) {
        Map<UUID, OrganisationRef> names = new HashMap<>();
        workforce.organisationsWithin(ics, ORGANISATION_KINDS).forEach(o -> names.put(o.id().value(), o));
        return names;
    }

    UUID createForum(ForumCommand command, PathwayUser user) {
        OrganisationId ics = scope.requireIcs(user);
        checkForum(command, null, user);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO partnerships.peer_forum (id, ics_id, name, kind, place, organiser_id, created_by, created_at,
                  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ics.value(), command.name().strip(), command.kind().name(), Text.blankToNull(command.place()),
                        value(command.organiserId()), user.getUsername(), now, now)
                .update();
        audit.changed("peer forum", id.toString(), "created: " + command.name().strip());
        events.publishEvent(new ForumChanged(id, ics.value(), command.kind(), value(command.organiserId()),
                clock.instant()));
        return id;
    }

    void updateForum(UUID id, ForumCommand command, PathwayUser user) {
        OrganisationId ics = scope.requireIcs(user);
        forum(id, user).orElseThrow(() -> NotFound.of("forum", id));
        checkForum(command, id, user);
        jdbc.sql("""
                UPDATE partnerships.peer_forum SET name = ?, kind = ?, place = ?, organiser_id = ?, updated_at = ?
                WHERE id = ? AND ics_id = ?""")
                .params(command.name().strip(), command.kind().name(), Text.blankToNull(command.place()),
                        value(command.organiserId()), Timestamp.from(clock.instant()), id, ics.value())
                .update();
        audit.changed("peer forum", id.toString(), "changed: " + command.name().strip());
        events.publishEvent(new ForumChanged(id, ics.value(), command.kind(), value(command.organiserId()),
                clock.instant()));
    }

    /** Every rule a forum breaks, each against its field. */
    void checkForum(ForumCommand command, UUID except, PathwayUser user) {
        List<Refusal.Problem> problems = new ArrayList<>();
        String name = Text.blankToNull(command.name());
        OrganisationId ics = scope.requireIcs(user);
        if (name == null) {
            problems.add(new Refusal.Problem("name", "Enter the name of the forum"));
        } else if (name.length() > 120) {
            problems.add(new Refusal.Problem("name", "Name must be 120 characters or fewer"));
        } else if (taken("peer_forum", ics, name, except)) {
            problems.add(new Refusal.Problem("name", "A forum called " + name + " is already recorded in your ICS"));
        }
        if (command.kind() == null) {
            problems.add(new Refusal.Problem("kind", "Select how the forum meets"));
        }
        if (command.place() != null && command.place().length() > 300) {
            problems.add(new Refusal.Problem("place", "Place or link must be 300 characters or fewer"));
        }
        if (command.organiserId() != null && !names(ics).containsKey(command.organiserId().value())) {
            problems.add(new Refusal.Problem("organiserId", "Choose an organisation from the list"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private boolean taken(String table, OrganisationId ics, String name, UUID except) {
        return jdbc.sql("SELECT count(*) FROM partnerships." + table
                        + " WHERE ics_id = ? AND lower(name) = lower(?) AND (CAST(? AS uuid) IS NULL OR id <> ?)")
                .params(ics.value(), name, except, except).query(Long.class).single() > 0;
    }

    // Community builders

    List<CommunityBuilder> builders(PathwayUser user) {
        return scope.ics(user).map(ics -> builders(ics, null)).orElse(List.of());
    }

    Optional<CommunityBuilder> builder(UUID id, PathwayUser user) {
        return scope.ics(user).flatMap(ics -> builders(ics, id).stream().findFirst());
    }

    private List<CommunityBuilder> builders(OrganisationId ics, UUID only) {
        Map<UUID, OrganisationRef> names = names(ics);
        Map<UUID, List<OrganisationRef>> localities = new HashMap<>();
        jdbc.sql("""
                SELECT l.builder_id, l.locality_id FROM partnerships.community_builder_locality l
                JOIN partnerships.community_builder b ON b.id = l.builder_id
                WHERE b.ics_id = ? AND (CAST(? AS uuid) IS NULL OR b.id = ?)""")
                .params(ics.value(), only, only)
                .query(rs -> {
                    OrganisationRef locality = names.get(rs.getObject("locality_id", UUID.class));
                    if (locality != null) {
                        localities.computeIfAbsent(rs.getObject("builder_id", UUID.class), k -> new ArrayList<>())
                                .add(locality);
                    }
                });
        localities.values().forEach(l -> l.sort(java.util.Comparator.comparing(o -> o.name().toLowerCase(
                java.util.Locale.UK))));
        return jdbc.sql("""
                SELECT id, name, organisation_id, organisation_name, email, phone FROM partnerships.community_builder
                WHERE ics_id = ? AND (CAST(? AS uuid) IS NULL OR id = ?) ORDER BY lower(name), id""")
                .params(ics.value(), only, only)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new CommunityBuilder(id, rs.getString("name"),
                            names.get(rs.getObject("organisation_id", UUID.class)), rs.getString("organisation_name"),
                            rs.getString("email"), rs.getString("phone"), localities.getOrDefault(id, List.of()));
                })
                .list();
    }

    UUID createBuilder(BuilderCommand command, PathwayUser user) {
        OrganisationId ics = scope.requireIcs(user);
        checkBuilder(command, null, user);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO partnerships.community_builder (id, ics_id, name, organisation_id, organisation_name, email,
                  phone, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ics.value(), command.name().strip(), value(command.organisationId()),
                        command.organisationId() == null ? Text.blankToNull(command.organisationName()) : null,
                        Text.blankToNull(command.email()), Text.blankToNull(command.phone()), user.getUsername(), now,
                        now)
                .update();
        localities(id, command);
        audit.changed("community builder", id.toString(), "created: " + command.name().strip());
        announce(id, ics, command);
        return id;
    }

    void updateBuilder(UUID id, BuilderCommand command, PathwayUser user) {
        OrganisationId ics = scope.requireIcs(user);
        builder(id, user).orElseThrow(() -> NotFound.of("community builder", id));
        checkBuilder(command, id, user);
        jdbc.sql("""
                UPDATE partnerships.community_builder SET name = ?, organisation_id = ?, organisation_name = ?,
                  email = ?, phone = ?, updated_at = ? WHERE id = ? AND ics_id = ?""")
                .params(command.name().strip(), value(command.organisationId()),
                        command.organisationId() == null ? Text.blankToNull(command.organisationName()) : null,
                        Text.blankToNull(command.email()), Text.blankToNull(command.phone()),
                        Timestamp.from(clock.instant()), id, ics.value())
                .update();
        jdbc.sql("DELETE FROM partnerships.community_builder_locality WHERE builder_id = ?").param(id).update();
        localities(id, command);
        audit.changed("community builder", id.toString(), "changed: " + command.name().strip());
        announce(id, ics, command);
    }

    private void localities(UUID id, BuilderCommand command) {
        command.localityIds().forEach(l -> jdbc.sql("INSERT INTO partnerships.community_builder_locality (builder_id, "
                + "locality_id) VALUES (?, ?)").params(id, l.value()).update());
    }

    private void announce(UUID id, OrganisationId ics, BuilderCommand command) {
        events.publishEvent(new CommunityBuilderChanged(id, ics.value(), value(command.organisationId()),
                command.localityIds().stream().map(OrganisationId::value).toList(), clock.instant()));
    }

    /** Every rule a community builder breaks, each against its field. */
    void checkBuilder(BuilderCommand command, UUID except, PathwayUser user) {
        List<Refusal.Problem> problems = new ArrayList<>();
        OrganisationId ics = scope.requireIcs(user);
        String name = Text.blankToNull(command.name());
        if (name == null) {
            problems.add(new Refusal.Problem("name", "Enter the community builder's name"));
        } else if (name.length() > 120) {
            problems.add(new Refusal.Problem("name", "Name must be 120 characters or fewer"));
        } else if (taken("community_builder", ics, name, except)) {
            problems.add(new Refusal.Problem("name", "A community builder called " + name
                    + " is already recorded in your ICS"));
        }
        String typed = Text.blankToNull(command.organisationName());
        if (command.organisationId() == null && typed == null) {
            problems.add(new Refusal.Problem("organisationId",
                    "Choose their organisation, or type its name if it is not in the list"));
        } else if (command.organisationId() != null && typed != null) {
            problems.add(new Refusal.Problem("organisationName",
                    "Choose their organisation from the list or type its name, not both"));
        } else if (command.organisationId() != null && !names(ics).containsKey(command.organisationId().value())) {
            problems.add(new Refusal.Problem("organisationId", "Choose an organisation from the list"));
        } else if (typed != null && typed.length() > 200) {
            problems.add(new Refusal.Problem("organisationName", "Organisation must be 200 characters or fewer"));
        }
        String email = Text.blankToNull(command.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new Refusal.Problem("email",
                    "Enter an email address in the correct format, like name@example.org"));
        }
        String phone = Text.blankToNull(command.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Refusal.Problem("phone", "Enter a phone number, like 01872 555 0100"));
        }
        Set<UUID> localities = localitiesOf(ics);
        if (command.localityIds().isEmpty()) {
            problems.add(new Refusal.Problem("localityIds", "Select the localities they cover"));
        } else if (!localities.containsAll(command.localityIds().stream().map(OrganisationId::value)
                .collect(Collectors.toSet()))) {
            problems.add(new Refusal.Problem("localityIds", "Choose localities from the list"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private Set<UUID> localitiesOf(OrganisationId ics) {
        return workforce.organisationsWithin(ics, EnumSet.of(OrganisationKind.LOCALITY)).stream()
                .map(o -> o.id().value()).collect(Collectors.toSet());
    }

    private static UUID value(OrganisationId id) {
        return id == null ? null : id.value();
    }
}
