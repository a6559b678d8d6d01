package org.pathway.activities.connections;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.ConnectionStatus;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.platform.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's list: referrals to its own organisation's listings, shared with it, with only what it needs to
 * contact the person, and only while the person consents to share.
 */
@Service
class ProviderConnectionsQueries {

    static final int PAGE_SIZE = 20;

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

    ProviderConnectionsQueries(JdbcClient jdbc, People people, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
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

    /** The provider's organisation; a user without one has no connections to see (not found). */
    static UUID organisationOf(PathwayUser user) {
        if (user.organisationId() == null) {
            throw new NotFound("A provider's connections for a user without an organisation");
        }
        return user.organisationId();
    }
}
