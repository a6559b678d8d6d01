package org.pathway.activities.connections;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.ConnectionEvents.ConnectionMade;
import org.pathway.activities.ConnectionEvents.ConnectionStatusChanged;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.activities.connections.Connection.Actor;
import org.pathway.activities.connections.Connection.IllegalTransition;
import org.pathway.activities.directory.DirectorySettings;
import org.pathway.engagement.CaseSummary;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Connecting the person of a case to listings and moving each connection along its closed loop: the practitioner
 * from the case (already scoped by engagement's {@code Cases}), the provider from its own login, scoped here in
 * the SQL to connections to its organisation's listings that the person agreed to share.
 */
@Service
class ConnectionWork {

    static final int PAGE_SIZE = 20;

    enum Action { SUGGEST, SIGNPOST, REFER }

    record Change(ConnectionStatus status, String note, Instant at, String by) {}

    record ConnectionView(UUID id, UUID listingId, String listingName, String organisation, ReferralRoute route,
            ConnectionStatus status, Instant createdAt, List<Change> history) {

        /** What the practitioner may change it to next (the provider's answers left to the provider). */
        public List<ConnectionStatus> practitionerNext() {
            return status.next().stream().filter(s -> !s.providersOnly())
                    .filter(s -> s != ConnectionStatus.REFERRED || route == ReferralRoute.DIRECT_REFERRAL).toList();
        }
    }

    /**
     * A listing as a new connection sees it: {@code withheld} when not verified within the withhold age;
     * {@code locality} the area it serves.
     */
    record ListingRef(UUID id, String name, ReferralRoute route, ListingStatus status, String statusReason,
            DeliveryMode mode, String locality, boolean withheld) {

        /** Why the listing cannot take a new connection (suspended, closed, withheld), or empty when it can. */
        Optional<String> refusal(java.time.Period withholdAfter) {
            return Optional.ofNullable(switch (status) {
                case CLOSED -> name + " has closed for good: it cannot take new connections.";
                case SUSPENDED -> name + " is temporarily suspended" + (statusReason == null ? "" : " (" + statusReason
                        + ")") + ": it cannot take new connections until it runs again.";
                default -> withheld ? name + " has not been verified for over " + withholdAfter.toTotalMonths()
                        + " months: it cannot take new connections until its organisation confirms it is still running."
                        : null;
            });
        }

        /**
         * Whether the listing serves another area than the person's: it meets in person (not online or by phone,
         * nor online only for now) and its locality is not where the person lives. Unknown either side: not known
         * to be outside.
         */
        boolean servesElsewhereThan(String personLocality) {
            return personLocality != null && locality != null && mode == DeliveryMode.IN_PERSON
                    && status != ListingStatus.ONLINE_ONLY && !locality.equalsIgnoreCase(personLocality);
        }
    }

    /** The listing serves another area than the person's: the practitioner confirms before connecting. */
    static final class OutsideTheirArea extends RuntimeException {
        OutsideTheirArea(String message) {
            super(message);
        }
    }

    record ProviderRow(UUID id, String listingName, ConnectionStatus status, Instant referredAt, Instant updatedAt,
            UUID personId, boolean consentHolds, People.ContactDetails contact, String lastNote) {

        public List<ConnectionStatus> providerNext() {
            return status.next().stream().filter(ConnectionStatus::providerMay).toList();
        }

        /** Whether declining is one of the answers (only then is a reason asked for). */
        public boolean mayDecline() {
            return providerNext().contains(ConnectionStatus.DECLINED);
        }
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DirectorySettings settings;

    ConnectionWork(JdbcClient jdbc, People people, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            DirectorySettings settings) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    Optional<ListingRef> listing(UUID id) {
        return listings(List.of(id)).values().stream().findFirst();
    }

    /** These listings as new connections see them, read at once (a page of search results). */
    Map<UUID, ListingRef> listings(java.util.Collection<UUID> ids) {
        Map<UUID, ListingRef> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    SELECT id, name, referral_route, status, status_reason, delivery_mode, locality,
                           last_verified_at < :withheldBefore AS withheld
                    FROM activities.listing WHERE id = ANY(:ids)""")
                    .param("ids", ids.toArray(new UUID[0]))
                    .param("withheldBefore", Timestamp.from(settings.withheldBefore()))
                    .query((rs, n) -> found.put(rs.getObject(1, UUID.class), new ListingRef(rs.getObject(1, UUID.class),
                            rs.getString(2), ReferralRoute.valueOf(rs.getString(3)),
                            ListingStatus.valueOf(rs.getString(4)), rs.getString(5),
                            DeliveryMode.valueOf(rs.getString(6)), rs.getString(7), rs.getBoolean(8))))
                    .list();
        }
        return found;
    }

    /** Why the listing cannot take a new connection, in words; empty when it can. */
    Optional<String> refusal(ListingRef listing) {
        return listing.refusal(settings.withholdAfter());
    }

    /** Whether the person's latest answer is that they consent to share their details with a provider. */
    boolean consentToShare(UUID personId) {
        People.ConsentRecord record = people.consents(new PersonId(personId)).get(ConsentPurpose.SHARE_WITH_PROVIDERS);
        return record != null && record.given();
    }

    /** Every connection of the case, newest first, each with its history in order. */
    @Transactional(readOnly = true)
    List<ConnectionView> ofCase(UUID caseId) {
        Map<UUID, List<Change>> history = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT h.connection_id, h.status, h.note, h.changed_at, h.changed_by
                FROM activities.connection_change h JOIN activities.connection c ON c.id = h.connection_id
                WHERE c.case_id = ? ORDER BY h.changed_at, h.id""").param(caseId)
                .query(rs -> {
                    history.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Change(ConnectionStatus.valueOf(rs.getString(2)), rs.getString(3),
                                    rs.getTimestamp(4).toInstant(), rs.getString(5)));
                });
        return jdbc.sql("""
                SELECT c.id, c.listing_id, l.name, o.name AS organisation, c.referral_route, c.status, c.created_at
                FROM activities.connection c JOIN activities.listing l ON l.id = c.listing_id
                JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE c.case_id = ? ORDER BY c.created_at DESC, c.id""").param(caseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new ConnectionView(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            ReferralRoute.valueOf(rs.getString(5)), ConnectionStatus.valueOf(rs.getString(6)),
                            rs.getTimestamp(7).toInstant(), history.getOrDefault(id, List.of()));
                }).list();
    }

    /**
     * Connects the person of the case to the listing: suggested, signposted, or referred to the provider (a
     * direct-referral listing, with the person's consent to share, recorded now when {@code consentNow}). Refused
     * for a listing that cannot take new connections (suspended, closed, withheld as unverified); a listing that
     * serves another area than {@code personLocality} needs {@code outsideAreaConfirmed}.
     */
    @Transactional
    UUID connect(CaseSummary c, UUID listingId, Action action, boolean consentNow, String note, String personLocality,
            boolean outsideAreaConfirmed, PathwayUser user) {
        if (!c.open()) {
            throw new IllegalTransition("The case is closed: reopen it to connect the person to an activity.");
        }
        ListingRef listing = listing(listingId).orElseThrow(() -> new IllegalTransition("There is no such listing."));
        refusal(listing).ifPresent(refused -> {
            throw new IllegalTransition(refused);
        });
        if (listing.servesElsewhereThan(personLocality) && !outsideAreaConfirmed) {
            throw new OutsideTheirArea(listing.name() + " serves " + listing.locality() + ", not " + personLocality
                    + " where the person lives.");
        }
        boolean consent = consentToShare(c.personId());
        if (action == Action.REFER && !consent && consentNow) {
            people.recordConsent(new PersonId(c.personId()), ConsentPurpose.SHARE_WITH_PROVIDERS, true,
                    user.displayName());
            consent = true;
        }
        ReferralRoute route = action == Action.SIGNPOST ? ReferralRoute.SIGNPOSTING : listing.route();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Connection connection = new Connection(id, c.caseId(), listingId, route, false, ConnectionStatus.SUGGESTED, 0);
        String by = user.displayName();
        if (action == Action.SIGNPOST) {
            connection.change(ConnectionStatus.SIGNPOSTED, Actor.PRACTITIONER, note, consent, now, by);
        } else if (action == Action.REFER) {
            connection.change(ConnectionStatus.REFERRED, Actor.PRACTITIONER, note, consent, now, by);
        }
        jdbc.sql("""
                INSERT INTO activities.connection (id, case_id, person_id, case_organisation_id, listing_id,
                    referral_route, status, shared_with_provider, created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.caseId(), c.personId(), c.organisationId(), listingId, route.name(),
                        connection.status().name(), connection.sharedWithProvider(), Timestamp.from(now), by,
                        Timestamp.from(now))
                .update();
        history(id, connection.status(), blankToNull(note), now, by);
        audit.changed("connection", id.toString(), "connected to listing " + listingId + " as " + connection.status());
        events.publishEvent(new ConnectionMade(id, c.caseId(), c.personId(), listingId, route, connection.status(),
                now, by));
        return id;
    }

    /** The practitioner moves a connection of the case on. */
    @Transactional
    void change(CaseSummary c, UUID connectionId, ConnectionStatus to, String note, PathwayUser user) {
        Connection connection = load("c.id = :id AND c.case_id = :case", Map.of("id", connectionId, "case", c.caseId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (connection.status() == ConnectionStatus.SUGGESTED
                && (to == ConnectionStatus.SIGNPOSTED || to == ConnectionStatus.REFERRED)) {
            // Acting on a suggestion is a new connection: the listing must still take them.
            listing(connection.listingId()).flatMap(this::refusal).ifPresent(refused -> {
                throw new IllegalTransition(refused);
            });
        }
        boolean consent = to == ConnectionStatus.REFERRED && consentToShare(c.personId());
        save(connection, connection.change(to, Actor.PRACTITIONER, note, consent, clock.instant(), user.displayName()));
    }

    /** The provider answers a referral to one of its organisation's listings; anything else is not found. */
    @Transactional
    void answer(UUID connectionId, ConnectionStatus to, String note, PathwayUser user) {
        Connection connection = load(PROVIDER_SCOPE + " AND c.id = :id",
                Map.of("id", connectionId, "organisation", organisationOf(user)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        save(connection, connection.change(to, Actor.PROVIDER, note, false, clock.instant(), user.displayName()));
    }

    /** What the provider's list shows: one status (null for all) and words in the person's name or the listing's. */
    record ProviderFilter(ConnectionStatus status, String words) {

        boolean searching() {
            return words != null && !words.isBlank();
        }
    }

    /** A page of the provider's list with how many of its connections (matching the words) are in each status. */
    record ProviderList(Page<ProviderRow> rows, Map<ConnectionStatus, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Referrals to the provider's own listings, newest referral first (an answer does not move a card), filtered by
     * status and by words in the listing's name or the name of a person who consents to share (others' names are
     * not shown, so not searched); contact details only with consent.
     */
    @Transactional(readOnly = true)
    ProviderList forProvider(PathwayUser user, ProviderFilter filter, int page) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("organisation", organisationOf(user));
        StringBuilder where = new StringBuilder(PROVIDER_SCOPE);
        if (filter.searching()) {
            List<PersonId> inScope = jdbc.sql("""
                    SELECT DISTINCT c.person_id FROM activities.connection c
                    JOIN activities.listing l ON l.id = c.listing_id JOIN activities.organisation o ON o.id = l.organisation_id
                    WHERE """ + " " + PROVIDER_SCOPE).params(p)
                    .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
            Set<PersonId> named = people.namedAmong(filter.words(),
                    people.consentedTo(ConsentPurpose.SHARE_WITH_PROVIDERS, inScope));
            p.put("named", named.stream().map(PersonId::value).toArray(UUID[]::new));
            p.put("words", "%" + filter.words().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
            where.append(" AND (l.name ILIKE :words OR c.person_id = ANY (:named))");
        }
        Map<ConnectionStatus, Long> counts = new java.util.EnumMap<>(ConnectionStatus.class);
        jdbc.sql("""
                SELECT c.status, count(*) FROM activities.connection c JOIN activities.listing l ON l.id = c.listing_id
                JOIN activities.organisation o ON o.id = l.organisation_id WHERE""" + " " + where + " GROUP BY c.status")
                .params(p).query(rs -> {
                    counts.put(ConnectionStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        if (filter.status() != null) {
            p.put("status", filter.status().name());
            where.append(" AND c.status = :status");
        }
        p.put("limit", PAGE_SIZE);
        p.put("offset", (long) page * PAGE_SIZE);
        record Raw(UUID id, String listing, ConnectionStatus status, Instant createdAt, Instant updatedAt, UUID person,
                String note) {}
        List<Raw> raws = jdbc.sql("""
                SELECT c.id, l.name, c.status, c.created_at, c.updated_at, c.person_id,
                       (SELECT h.note FROM activities.connection_change h WHERE h.connection_id = c.id
                        ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) AS note
                FROM activities.connection c JOIN activities.listing l ON l.id = c.listing_id
                JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE """ + " " + where + " " + """
                ORDER BY c.created_at DESC, c.id LIMIT :limit OFFSET :offset""")
                .params(p)
                .query((rs, n) -> new Raw(rs.getObject(1, UUID.class), rs.getString(2),
                        ConnectionStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class), rs.getString(7)))
                .list();
        long total = filter.status() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(filter.status(), 0L);
        List<PersonId> ids = raws.stream().map(r -> new PersonId(r.person())).distinct().toList();
        Set<PersonId> consenting = people.consentedTo(ConsentPurpose.SHARE_WITH_PROVIDERS, ids);
        Map<PersonId, People.ContactDetails> contacts = people.contactDetails(consenting);
        if (!raws.isEmpty()) {
            audit.viewedAll("connection", raws.stream().map(r -> r.id().toString()).toList(), "provider's referrals");
        }
        List<ProviderRow> rows = raws.stream().map(r -> {
            PersonId person = new PersonId(r.person());
            boolean holds = consenting.contains(person);
            return new ProviderRow(r.id(), r.listing(), r.status(), r.createdAt(), r.updatedAt(), r.person(), holds,
                    holds ? contacts.get(person) : null, r.note());
        }).toList();
        return new ProviderList(new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total), counts);
    }

    /** Connections a provider may see: direct referrals to its organisation's listings, shared with it. */
    static final String PROVIDER_SCOPE = """
            o.workforce_organisation_id = :organisation AND c.referral_route = 'DIRECT_REFERRAL'
              AND c.shared_with_provider AND c.status <> 'SUGGESTED'""";

    private static UUID organisationOf(PathwayUser user) {
        if (user.organisationId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return user.organisationId();
    }

    private Optional<Connection> load(String where, Map<String, Object> params) {
        return jdbc.sql("""
                SELECT c.id, c.case_id, c.listing_id, c.referral_route, c.shared_with_provider, c.status, c.version
                FROM activities.connection c JOIN activities.listing l ON l.id = c.listing_id
                JOIN activities.organisation o ON o.id = l.organisation_id
                WHERE """ + " " + where + " FOR UPDATE OF c").params(params)
                .query((rs, n) -> new Connection(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), ReferralRoute.valueOf(rs.getString(4)), rs.getBoolean(5),
                        ConnectionStatus.valueOf(rs.getString(6)), rs.getLong(7)))
                .optional();
    }

    private void save(Connection connection, ConnectionStatusChanged changed) {
        int updated = jdbc.sql("""
                UPDATE activities.connection SET status = ?, shared_with_provider = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(connection.status().name(), connection.sharedWithProvider(), Timestamp.from(changed.at()),
                        connection.id(), connection.version())
                .update();
        if (updated != 1) {
            throw new IllegalTransition("Someone else changed this connection meanwhile: look again.");
        }
        history(connection.id(), changed.to(), changed.note(), changed.at(), changed.by());
        audit.changed("connection", connection.id().toString(), changed.from() + " to " + changed.to());
        events.publishEvent(changed);
    }

    private void history(UUID id, ConnectionStatus status, String note, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO activities.connection_change (connection_id, status, note, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id, status.name(), note, Timestamp.from(at), by).update();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
