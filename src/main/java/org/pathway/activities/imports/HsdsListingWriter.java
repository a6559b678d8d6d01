package org.pathway.activities.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.ListingStatus;
import org.pathway.shared.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an imported {@link HsdsRecord} into the directory: the listing upserted by (feed, id) with provenance and
 * its organisation likewise; its sessions, venues, contacts and categories replaced; a status change recorded when
 * the status is new. One transaction per record, so a record that cannot be stored leaves the others.
 */
@Component
class HsdsListingWriter {

    private final JdbcClient jdbc;
    private final Clock clock;

    HsdsListingWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Upserts the listing and its parts; true when it was new. */
    @Transactional
    boolean store(String feed, HsdsRecord p) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        UUID organisation = organisationId(feed, p.organisation(), nowTs);
        Optional<Existing> existing = jdbc.sql("""
                SELECT id, status FROM activities.listing WHERE source_feed = ? AND external_id = ? FOR UPDATE""")
                .params(feed, p.externalId())
                .query((rs, n) -> new Existing(rs.getObject(1, UUID.class), ListingStatus.valueOf(rs.getString(2)))).optional();
        UUID id = existing.map(Existing::id).orElseGet(UUID::randomUUID);
        var params = new java.util.HashMap<String, Object>();
        params.put("id", id);
        params.put("organisation", organisation);
        params.put("name", p.name());
        params.put("description", p.description() == null ? "" : p.description());
        params.put("url", p.url());
        params.put("email", p.email());
        params.put("cost", p.cost());
        params.put("free", p.free());
        params.put("mode", p.mode().name());
        params.put("minAge", p.minAge());
        params.put("maxAge", p.maxAge());
        params.put("area", p.area());
        params.put("locality", p.locality());
        params.put("accessibility", p.accessibility());
        params.put("status", p.status().name());
        params.put("reason", p.reason());
        params.put("verified", Timestamp.from(p.verified()));
        params.put("now", nowTs);
        params.put("feed", feed);
        params.put("external", p.externalId());
        if (existing.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO activities.listing (id, organisation_id, name, description, url, email, cost, free,
                        delivery_mode, min_age, max_age, area, locality, accessibility, referral_route, is_public, status,
                        status_reason, status_changed_at, last_verified_at, created_at, updated_at, source_feed,
                        external_id, imported_at)
                    VALUES (:id, :organisation, :name, :description, :url, :email, :cost, :free, :mode, :minAge, :maxAge,
                        :area, :locality, :accessibility, 'SIGNPOSTING', true, :status, :reason, :now, :verified, :now,
                        :now, :feed, :external, :now)""").params(params).update();
        } else {
            jdbc.sql("""
                    UPDATE activities.listing SET organisation_id = :organisation, name = :name,
                        description = :description, url = :url, email = :email, cost = :cost, free = :free,
                        delivery_mode = :mode, min_age = :minAge, max_age = :maxAge, area = :area, locality = :locality,
                        accessibility = :accessibility, status = :status, status_reason = :reason,
                        status_changed_at = CASE WHEN status = :status THEN status_changed_at ELSE :now END,
                        last_verified_at = greatest(last_verified_at, :verified), updated_at = :now, imported_at = :now,
                        version = version + 1
                    WHERE id = :id""").params(params).update();
            jdbc.sql("DELETE FROM activities.schedule WHERE listing_id = ?").param(id).update();
            jdbc.sql("DELETE FROM activities.location WHERE listing_id = ?").param(id).update();
            jdbc.sql("DELETE FROM activities.contact WHERE listing_id = ?").param(id).update();
            jdbc.sql("DELETE FROM activities.listing_term WHERE listing_id = ?").param(id).update();
        }
        if (existing.isEmpty() || existing.get().status() != p.status()) {
            jdbc.sql("""
                    INSERT INTO activities.listing_status_change (listing_id, status, reason, changed_at, changed_by)
                    VALUES (?, ?, ?, ?, ?)""").params(id, p.status().name(), p.reason(), nowTs, "Import: " + feed).update();
        }
        for (HsdsRecord.Schedule s : p.schedules()) {
            jdbc.sql("""
                    INSERT INTO activities.schedule (id, listing_id, weekday, starts_at, ends_at, frequency, anchor_date,
                        week_of_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, s.weekday(), s.opens(), s.closes(), s.frequency().name(), s.anchor(),
                            s.weekOfMonth()).update();
        }
        for (HsdsRecord.Location l : p.locations()) {
            Optional<double[]> point = l.latitude() != null ? Optional.of(new double[] {l.latitude(), l.longitude()})
                    : postcodePoint(l.postcode());
            jdbc.sql("""
                    INSERT INTO activities.location (id, listing_id, name, address_1, city, postcode, latitude, longitude)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id, l.name(), l.address(), l.city(),
                    l.postcode(), point.map(x -> x[0]).orElse(null), point.map(x -> x[1]).orElse(null)).update();
        }
        for (HsdsRecord.Contact c : p.contacts()) {
            jdbc.sql("INSERT INTO activities.contact (id, listing_id, name, title, email) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, c.name(), c.title(), c.email()).update();
        }
        Set<UUID> termIds = new LinkedHashSet<>();
        for (HsdsRecord.Term t : p.terms()) {
            termId(feed, t).ifPresent(termIds::add);
        }
        for (UUID term : termIds) {
            jdbc.sql("INSERT INTO activities.listing_term (listing_id, term_id) VALUES (?, ?)").params(id, term).update();
        }
        return existing.isEmpty();
    }

    private record Existing(UUID id, ListingStatus status) {}

    private UUID organisationId(String feed, HsdsRecord.Organisation o, Timestamp now) {
        Optional<UUID> known = jdbc.sql("SELECT id FROM activities.organisation WHERE source_feed = ? AND external_id = ?")
                .params(feed, o.externalId()).query(UUID.class).optional();
        if (o.name() == null) {
            return known.orElseThrow(() -> new org.springframework.dao.DataRetrievalFailureException(
                    "organization " + o.externalId() + " is unknown and the record does not describe it"));
        }
        if (known.isPresent()) {
            jdbc.sql("""
                    UPDATE activities.organisation SET name = ?, description = ?, website = ?, email = ?, imported_at = ?,
                        updated_at = ? WHERE id = ?""").params(o.name(), o.description() == null ? "" : o.description(),
                    o.website(), o.email(), now, now, known.get()).update();
            return known.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO activities.organisation (id, name, description, website, email, source_feed, external_id,
                    imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, o.name(),
                o.description() == null ? "" : o.description(), o.website(), o.email(), feed, o.externalId(), now)
                .update();
        return id;
    }

    /**
     * A known term by id (e.g. Pathway's own categories), or the feed's own term kept in a taxonomy for the feed;
     * empty for an unknown id the feed does not name.
     */
    private Optional<UUID> termId(String feed, HsdsRecord.Term t) {
        try {
            UUID asUuid = UUID.fromString(t.id());
            if (jdbc.sql("SELECT count(*) FROM activities.taxonomy_term WHERE id = ?").param(asUuid).query(Long.class)
                    .single() > 0) {
                return Optional.of(asUuid);
            }
        } catch (IllegalArgumentException notUuid) {
            // the feed's own term id
        }
        if (t.name() == null) {
            return Optional.empty();
        }
        UUID taxonomy = UUID.nameUUIDFromBytes(("feed-taxonomy:" + feed).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO activities.taxonomy (id, name, description) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(taxonomy, "Terms of " + feed, "Taxonomy terms imported from " + feed).update();
        UUID term = UUID.nameUUIDFromBytes(("feed-term:" + feed + ":" + t.id()).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO activities.taxonomy_term (id, taxonomy_id, code, name, description) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description""")
                .params(term, taxonomy, t.id(), t.name(), t.description() == null ? t.name() : t.description()).update();
        return Optional.of(term);
    }

    /** Where the postcode lookup places a postcode, if it holds it. */
    private Optional<double[]> postcodePoint(String postcode) {
        return jdbc.sql("SELECT latitude, longitude FROM activities.postcode WHERE postcode = ?")
                .param(Postcode.normalise(postcode))
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional();
    }
}
