package org.pathway.activities.directory;

import java.sql.Timestamp;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ReferralRoute;
import org.pathway.governance.AuditLog;
import org.pathway.governance.OrganisationScopes;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.platform.Text;
import org.pathway.shared.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * Adding and changing listings. A community provider adds listings to its own organisation and changes only its
 * own (checked in the SQL {@code WHERE}); an administrator changes any. Saving counts as verifying.
 */
@Service
class ListingEditing {

    /** The sessions, venue and contact the form shows and replaces: the first by these orders. */
    private static final String SESSIONS_SHOWN = "ORDER BY weekday, starts_at, id LIMIT 3";
    private static final String LOCATION_SHOWN = "ORDER BY postcode, id LIMIT 1";
    private static final String CONTACT_SHOWN = "ORDER BY name, id LIMIT 1";

    private static final List<String> DAYS = List.of("1", "2", "3", "4", "5", "6", "7");

    private final JdbcClient jdbc;
    private final DirectorySettings settings;
    private final AuditLog audit;
    private final OrganisationScopes scopes;

    ListingEditing(JdbcClient jdbc, DirectorySettings settings, AuditLog audit, OrganisationScopes scopes) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.scopes = scopes;
    }

    record Session(int weekday, LocalTime start, LocalTime end, Frequency frequency, Integer weekOfMonth) {}

    /** The checks annotations cannot make: known choices, age order, times, a complete address. */
    void check(ListingForm f, BindingResult binding) {
        if (f.deliveryMode() != null && !f.deliveryMode().isBlank() && !valid(DeliveryMode.class, f.deliveryMode())) {
            binding.rejectValue("deliveryMode", "invalid", "Choose how the activity is delivered");
        }
        if (f.referralRoute() != null && !f.referralRoute().isBlank() && !valid(ReferralRoute.class, f.referralRoute())) {
            binding.rejectValue("referralRoute", "invalid", "Choose how practitioners refer people");
        }
        if (f.categories() != null) {
            List<String> known = jdbc.sql("SELECT code FROM activities.taxonomy_term WHERE taxonomy_id = ?")
                    .param(Taxonomies.PATHWAY_TAXONOMY).query(String.class).list();
            if (!known.containsAll(f.categories())) {
                binding.rejectValue("categories", "invalid", "Choose categories from the list");
            }
        }
        Integer min = number(f.minAge());
        Integer max = number(f.maxAge());
        if (!binding.hasFieldErrors("minAge") && min != null && min > 130) {
            binding.rejectValue("minAge", "range", "Youngest age must be 130 or under");
        }
        if (!binding.hasFieldErrors("maxAge") && max != null && max > 130) {
            binding.rejectValue("maxAge", "range", "Oldest age must be 130 or under");
        }
        if (!binding.hasFieldErrors("minAge") && !binding.hasFieldErrors("maxAge") && min != null && max != null && min > max) {
            binding.rejectValue("maxAge", "order", "Oldest age must be the same as or above the youngest age");
        }
        if (!binding.hasFieldErrors("capacity") && number(f.capacity()) != null && number(f.capacity()) < 1) {
            binding.rejectValue("capacity", "range", "Places must be 1 or more");
        }
        boolean anyAddress = !blank(f.address()) || !blank(f.city()) || !blank(f.postcode());
        if (anyAddress || DeliveryMode.IN_PERSON.name().equals(f.deliveryMode())) {
            if (blank(f.address())) {
                binding.rejectValue("address", "required", "Enter the address where it meets");
            }
            if (blank(f.city())) {
                binding.rejectValue("city", "required", "Enter the town");
            }
            Postcode.problemWith(f.postcode()).ifPresent(p -> binding.rejectValue("postcode", "invalid", p));
        }
        for (int n = 1; n <= 3; n++) {
            List<String> s = f.session(n);
            if (blank(s.get(0)) && blank(s.get(1)) && blank(s.get(2))) {
                continue;
            }
            if (!DAYS.contains(s.get(0))) {
                binding.rejectValue("day" + n, "required", "Choose the day of session " + n);
            }
            LocalTime start = time(s.get(1));
            LocalTime end = time(s.get(2));
            if (start == null) {
                binding.rejectValue("start" + n, "invalid", "Enter the start of session " + n + " as a time, like 10:00");
            }
            if (end == null) {
                binding.rejectValue("end" + n, "invalid", "Enter the end of session " + n + " as a time, like 11:30");
            } else if (start != null && !start.isBefore(end)) {
                binding.rejectValue("end" + n, "order", "Session " + n + " must end after it starts");
            }
            if (!valid(Frequency.class, s.get(3))) {
                binding.rejectValue("frequency" + n, "required", "Choose how often session " + n + " meets");
            } else if (Frequency.MONTHLY.name().equals(s.get(3)) && !Arrays.asList("1", "2", "3", "4").contains(s.get(4))) {
                binding.rejectValue("week" + n, "required", "Choose which week of the month session " + n + " meets");
            }
        }
    }

    /** The user's own directory organisation, made on first use from their workforce organisation's name. */
    @Transactional
    UUID ownOrganisation(PathwayUser user) {
        Optional<UUID> existing = jdbc.sql("SELECT id FROM activities.organisation WHERE workforce_organisation_id = ?")
                .param(user.organisationId()).query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO activities.organisation (id, name, workforce_organisation_id) VALUES (?, ?, ?)")
                .params(id, scopes.nameOf(user.organisationId()).orElse("Community provider"), user.organisationId())
                .update();
        return id;
    }

    @Transactional
    UUID create(ListingForm f, PathwayUser user) {
        UUID organisation = ownOrganisation(user);
        UUID id = UUID.randomUUID();
        Map<String, Object> p = params(f);
        p.put("id", id);
        p.put("organisation", organisation);
        jdbc.sql("""
                INSERT INTO activities.listing (id, organisation_id, name, description, cost, free, delivery_mode, min_age,
                    max_age, conditions, area, locality, accessibility, languages, capacity, referral_route, is_public,
                    status, status_changed_at, last_verified_at, created_at, updated_at)
                VALUES (:id, :organisation, :name, :description, :cost, :free, :mode, :minAge, :maxAge, :conditions,
                    :area, :area, :accessibility, string_to_array(:languages, ','), :capacity, :route, :public, 'ACTIVE',
                    :now, :now, :now, :now)""").params(p).update();
        jdbc.sql("""
                INSERT INTO activities.listing_status_change (listing_id, status, reason, changed_at, changed_by)
                VALUES (?, 'ACTIVE', 'Listed', ?, ?)""").params(id, p.get("now"), user.displayName()).update();
        parts(id, f);
        audit.changed("listing", id.toString(), "created");
        return id;
    }

    /** Saves the changes; false when the listing does not exist or is not the user's to change. */
    @Transactional
    boolean update(UUID id, ListingForm f, PathwayUser user) {
        Map<String, Object> p = params(f);
        p.put("id", id);
        p.put("all", user.role() == Role.ADMINISTRATOR);
        p.put("org", user.organisationId());
        int updated = jdbc.sql("""
                UPDATE activities.listing l SET name = :name, description = :description, cost = :cost, free = :free,
                    delivery_mode = :mode, min_age = :minAge, max_age = :maxAge, conditions = :conditions, area = :area,
                    accessibility = :accessibility, languages = string_to_array(:languages, ','), capacity = :capacity,
                    referral_route = :route, is_public = :public, last_verified_at = :now, updated_at = :now,
                    version = version + 1
                WHERE l.id = :id AND """ + ListingScope.SQL).params(p).update();
        if (updated == 0) {
            return false;
        }
        // Only the sessions, venue and contact the form showed are replaced: a listing with more (from a feed, say)
        // keeps the rest as they were.
        jdbc.sql("DELETE FROM activities.schedule WHERE id IN (SELECT id FROM activities.schedule WHERE listing_id = ? "
                + SESSIONS_SHOWN + ")").param(id).update();
        jdbc.sql("DELETE FROM activities.location WHERE id IN (SELECT id FROM activities.location WHERE listing_id = ? "
                + LOCATION_SHOWN + ")").param(id).update();
        jdbc.sql("DELETE FROM activities.contact WHERE id IN (SELECT id FROM activities.contact WHERE listing_id = ? "
                + CONTACT_SHOWN + ")").param(id).update();
        jdbc.sql("DELETE FROM activities.listing_term WHERE listing_id = ?").param(id).update();
        parts(id, f);
        audit.changed("listing", id.toString(), "changed");
        return true;
    }

    /** The listing as a form, if the user may change it. */
    Optional<ListingForm> formFor(UUID id, PathwayUser user) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("all", user.role() == Role.ADMINISTRATOR);
        p.put("org", user.organisationId());
        Optional<Map<String, Object>> row = jdbc.sql("""
                SELECT l.*, array_to_string(l.languages, ', ') AS language_list FROM activities.listing l
                WHERE l.id = :id AND """ + ListingScope.SQL).params(p).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> l = row.get();
        List<String> categories = jdbc.sql("""
                SELECT t.code FROM activities.listing_term lt JOIN activities.taxonomy_term t ON t.id = lt.term_id
                WHERE lt.listing_id = ? AND t.taxonomy_id = ?""").params(id, Taxonomies.PATHWAY_TAXONOMY).query(String.class).list();
        List<String[]> sessions = jdbc.sql("""
                SELECT weekday, starts_at, ends_at, frequency, week_of_month FROM activities.schedule WHERE listing_id = ?
                """ + SESSIONS_SHOWN).param(id).query((rs, n) -> new String[] {
                String.valueOf(rs.getInt(1)), rs.getObject(2, LocalTime.class).toString(),
                rs.getObject(3, LocalTime.class).toString(), rs.getString(4),
                rs.getObject(5) == null ? "" : String.valueOf(rs.getInt(5))}).list();
        List<String[]> padded = new ArrayList<>(sessions);
        while (padded.size() < 3) {
            padded.add(new String[] {"", "", "", "WEEKLY", ""});
        }
        Map<String, Object> location = jdbc.sql("SELECT * FROM activities.location WHERE listing_id = ? " + LOCATION_SHOWN)
                .param(id).query().listOfRows().stream().findFirst().orElse(Map.of());
        Map<String, Object> contact = jdbc.sql("SELECT * FROM activities.contact WHERE listing_id = ? " + CONTACT_SHOWN)
                .param(id).query().listOfRows().stream().findFirst().orElse(Map.of());
        return Optional.of(new ListingForm(str(l.get("name")), str(l.get("description")), categories,
                str(l.get("delivery_mode")), str(l.get("min_age")), str(l.get("max_age")), str(l.get("conditions")),
                str(l.get("area")), str(l.get("accessibility")), str(l.get("language_list")), str(l.get("capacity")),
                str(l.get("referral_route")), Boolean.TRUE.equals(l.get("is_public")),
                Boolean.TRUE.equals(l.get("free")) ? "" : str(l.get("cost")), str(location.get("address_1")),
                str(location.get("city")), str(location.get("postcode")), str(contact.get("name")),
                str(contact.get("phone")), str(contact.get("email")),
                padded.get(0)[0], padded.get(0)[1], padded.get(0)[2], padded.get(0)[3], padded.get(0)[4],
                padded.get(1)[0], padded.get(1)[1], padded.get(1)[2], padded.get(1)[3], padded.get(1)[4],
                padded.get(2)[0], padded.get(2)[1], padded.get(2)[2], padded.get(2)[3], padded.get(2)[4]));
    }

    private Map<String, Object> params(ListingForm f) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", f.name().strip());
        p.put("description", f.description().strip());
        p.put("cost", blank(f.cost()) ? null : f.cost().strip());
        p.put("free", blank(f.cost()));
        p.put("mode", f.deliveryMode());
        p.put("minAge", number(f.minAge()));
        p.put("maxAge", number(f.maxAge()));
        p.put("conditions", Text.blankToNull(f.conditions()));
        p.put("area", Text.blankToNull(f.area()));
        p.put("accessibility", Text.blankToNull(f.accessibility()));
        p.put("languages", blank(f.languages()) ? "" : String.join(",", Arrays.stream(f.languages().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
        p.put("capacity", number(f.capacity()));
        p.put("route", f.referralRoute());
        p.put("public", f.publicListing());
        p.put("now", Timestamp.from(settings.now()));
        return p;
    }

    private void parts(UUID id, ListingForm f) {
        for (String code : f.categories()) {
            jdbc.sql("""
                    INSERT INTO activities.listing_term (listing_id, term_id)
                    SELECT ?, id FROM activities.taxonomy_term WHERE taxonomy_id = ? AND code = ?""")
                    .params(id, Taxonomies.PATHWAY_TAXONOMY, code).update();
        }
        for (int n = 1; n <= 3; n++) {
            List<String> s = f.session(n);
            if (blank(s.get(0)) && blank(s.get(1)) && blank(s.get(2))) {
                continue;
            }
            Frequency frequency = Frequency.valueOf(s.get(3));
            int weekday = Integer.parseInt(s.get(0));
            java.time.LocalDate anchor = frequency == Frequency.FORTNIGHTLY
                    ? settings.thisMonday().plusDays(weekday - 1L) : null;
            jdbc.sql("""
                    INSERT INTO activities.schedule (id, listing_id, weekday, starts_at, ends_at, frequency, anchor_date,
                        week_of_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id, weekday,
                    time(s.get(1)), time(s.get(2)), frequency.name(), anchor,
                    frequency == Frequency.MONTHLY ? Integer.valueOf(s.get(4)) : null).update();
        }
        if (!blank(f.postcode())) {
            String postcode = Postcode.normalise(f.postcode());
            Optional<double[]> point = jdbc.sql("SELECT latitude, longitude FROM activities.postcode WHERE postcode = ?")
                    .param(postcode).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional();
            jdbc.sql("""
                    INSERT INTO activities.location (id, listing_id, address_1, city, postcode, latitude, longitude)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id, f.address().strip(), f.city().strip(),
                    postcode, point.map(x -> x[0]).orElse(null), point.map(x -> x[1]).orElse(null)).update();
        }
        if (!blank(f.contactName())) {
            jdbc.sql("INSERT INTO activities.contact (id, listing_id, name, phone, email) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, f.contactName().strip(), Text.blankToNull(f.contactPhone()),
                            Text.blankToNull(f.contactEmail())).update();
        }
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static LocalTime time(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            String t = text.strip().replace('.', ':');
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
