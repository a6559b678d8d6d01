package org.pathway.activities.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;
import org.pathway.shared.Postcode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads one HSDS 3.0 service (JSON) into an {@link HsdsRecord}, or refuses it with the reason the import report
 * gives: no id, name or status, an unknown status, ages out of order, a session Pathway cannot keep, a location
 * without a UK address. Touches neither the network nor the database.
 */
@Component
class HsdsParser {

    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    /** A record the importer refuses, with the reason the report gives. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Clock clock;

    HsdsParser(Clock clock) {
        this.clock = clock;
    }

    /** The service as a record, or why it is refused. */
    HsdsRecord parse(JsonNode s) throws Rejected {
        if (s == null || !s.isObject()) {
            throw new Rejected("is not a JSON object");
        }
        String id = text(s, "id");
        if (id == null) {
            throw new Rejected("has no id");
        }
        String name = text(s, "name");
        if (name == null) {
            throw new Rejected("has no name");
        }
        if (name.length() > 300) {
            throw new Rejected("name is longer than 300 characters");
        }
        String statusText = text(s, "status");
        if (statusText == null) {
            throw new Rejected("has no status");
        }
        ListingStatus status;
        try {
            status = ListingStatus.fromHsds(statusText);
        } catch (IllegalArgumentException e) {
            throw new Rejected(e.getMessage());
        }
        String reason = text(s, "alert");
        if (reason == null && "inactive".equals(statusText)) {
            reason = "Inactive in the source directory";
        }
        Integer minAge = age(s, "minimum_age");
        Integer maxAge = age(s, "maximum_age");
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new Rejected("minimum_age " + minAge + " is above maximum_age " + maxAge);
        }
        HsdsRecord.Organisation organisation = organisation(s);
        List<HsdsRecord.Schedule> schedules = new ArrayList<>();
        JsonNode scheduleNodes = s.path("schedules");
        for (int i = 0; i < scheduleNodes.size(); i++) {
            schedules.add(schedule(scheduleNodes.get(i), i + 1));
        }
        List<HsdsRecord.Location> locations = new ArrayList<>();
        String locality = null;
        String accessibility = null;
        JsonNode sals = s.path("service_at_locations");
        for (int i = 0; i < sals.size(); i++) {
            JsonNode location = sals.get(i).path("location");
            if ("virtual".equals(text(location, "location_type"))) {
                continue;
            }
            JsonNode address = location.path("addresses").path(0);
            String address1 = text(address, "address_1");
            String city = text(address, "city");
            String postcode = text(address, "postal_code");
            if (address1 == null || city == null || postcode == null) {
                throw new Rejected("location " + (i + 1) + " has no address (address_1, city and postal_code are needed)");
            }
            if (!Postcode.isValid(postcode)) {
                throw new Rejected("location " + (i + 1) + " postcode '" + postcode + "' is not a UK postcode");
            }
            Double lat = number(location, "latitude");
            Double lon = number(location, "longitude");
            if ((lat != null && (lat < -90 || lat > 90)) || (lon != null && (lon < -180 || lon > 180))) {
                throw new Rejected("location " + (i + 1) + " has latitude or longitude out of range");
            }
            if (lat == null || lon == null) {
                // Only a whole position counts; without one the writer places the location from its postcode.
                lat = null;
                lon = null;
            }
            locations.add(new HsdsRecord.Location(text(location, "name"), address1, city, Postcode.normalise(postcode), lat, lon));
            if (locality == null) {
                locality = text(address, "state_province");
            }
            JsonNode acc = location.path("accessibility").path(0);
            if (accessibility == null) {
                accessibility = text(acc, "description") != null ? text(acc, "description") : text(acc, "accessibility");
            }
        }
        List<HsdsRecord.Contact> contacts = new ArrayList<>();
        for (JsonNode c : s.path("contacts")) {
            if (text(c, "name") != null) {
                contacts.add(new HsdsRecord.Contact(text(c, "name"), text(c, "title"), text(c, "email")));
            }
        }
        List<HsdsRecord.Term> terms = new ArrayList<>();
        for (JsonNode a : s.path("attributes")) {
            JsonNode term = a.path("taxonomy_term");
            String termId = text(term, "id") != null ? text(term, "id") : text(a, "taxonomy_term_id");
            if (termId != null && text(term, "name") != null) {
                terms.add(new HsdsRecord.Term(termId, text(term, "name"), text(term, "description")));
            } else if (termId != null) {
                // kept only if Pathway knows the term (the writer looks)
                terms.add(new HsdsRecord.Term(termId, null, null));
            }
        }
        String cost = null;
        boolean free = false;
        for (JsonNode c : s.path("cost_options")) {
            Double amount = number(c, "amount");
            if (amount != null && amount == 0) {
                free = true;
            } else if (text(c, "amount_description") != null) {
                cost = text(c, "amount_description");
            }
        }
        if (!free && cost == null && "free".equalsIgnoreCase(String.valueOf(text(s, "fees")))) {
            free = true;
        }
        String area = null;
        JsonNode areaNode = s.path("service_areas").path(0);
        if (!areaNode.isMissingNode()) {
            area = text(areaNode, "service_area") != null ? text(areaNode, "service_area") : text(areaNode, "name");
        }
        Instant verified = date(text(s, "assured_date"));
        if (verified == null) {
            verified = date(text(s, "last_modified"));
        }
        if (verified == null) {
            verified = clock.instant();
        }
        DeliveryMode mode = !locations.isEmpty() ? DeliveryMode.IN_PERSON
                : s.path("schedules").toString().contains("phone") ? DeliveryMode.PHONE : DeliveryMode.ONLINE;
        return new HsdsRecord(id, name, text(s, "description"), text(s, "url"), text(s, "email"), status,
                status == ListingStatus.ACTIVE ? null : reason, minAge, maxAge, cost, free, area, locality, accessibility,
                verified, mode, organisation, schedules, locations, contacts, terms);
    }

    private HsdsRecord.Organisation organisation(JsonNode s) throws Rejected {
        JsonNode o = s.path("organization");
        if (o.isObject() && text(o, "id") != null && text(o, "name") != null) {
            return new HsdsRecord.Organisation(text(o, "id"), text(o, "name"), text(o, "description"), text(o, "website"), text(o, "email"));
        }
        String orgId = text(s, "organization_id");
        if (orgId == null) {
            throw new Rejected("has no organization or organization_id");
        }
        return new HsdsRecord.Organisation(orgId, null, null, null, null);
    }

    private HsdsRecord.Schedule schedule(JsonNode node, int n) throws Rejected {
        String byday = text(node, "byday");
        if (byday == null) {
            throw new Rejected("schedule " + n + " has no byday");
        }
        String first = byday.split(",")[0].strip().toUpperCase(Locale.ROOT);
        String day = first.replaceAll("^[-+]?\\d+", "");
        int weekday = DAYS.indexOf(day) + 1;
        if (weekday == 0) {
            throw new Rejected("schedule " + n + " byday '" + byday + "' is not a day such as MO or 2TU");
        }
        String freq = text(node, "freq") == null ? "WEEKLY" : text(node, "freq");
        Frequency frequency;
        Integer weekOfMonth = null;
        LocalDate anchor = null;
        if ("MONTHLY".equals(freq)) {
            frequency = Frequency.MONTHLY;
            String ordinal = first.substring(0, first.length() - day.length());
            weekOfMonth = ordinal.isEmpty() ? 1 : Integer.parseInt(ordinal.replace("+", ""));
            if (weekOfMonth < 1 || weekOfMonth > 5) {
                throw new Rejected("schedule " + n + " byday '" + byday + "': Pathway keeps the 1st to 5th weekday of a month");
            }
        } else if ("WEEKLY".equals(freq)) {
            int interval = node.path("interval").asInt(1);
            if (interval != 1 && interval != 2) {
                throw new Rejected("schedule " + n + " repeats every " + interval + " weeks: Pathway keeps weekly or fortnightly");
            }
            frequency = interval == 2 ? Frequency.FORTNIGHTLY : Frequency.WEEKLY;
            if (frequency == Frequency.FORTNIGHTLY) {
                Instant start = date(text(node, "dtstart"));
                anchor = start == null ? null : start.atZone(ZoneOffset.UTC).toLocalDate();
                if (anchor != null) {
                    anchor = anchor.plusDays(Math.floorMod(weekday - anchor.getDayOfWeek().getValue(), 7));
                }
            }
        } else {
            throw new Rejected("schedule " + n + " freq '" + freq + "' is not WEEKLY or MONTHLY");
        }
        LocalTime opens = time(text(node, "opens_at"), n, "opens_at");
        LocalTime closes = time(text(node, "closes_at"), n, "closes_at");
        if (!opens.isBefore(closes)) {
            throw new Rejected("schedule " + n + " closes_at " + closes + " is not after opens_at " + opens);
        }
        return new HsdsRecord.Schedule(weekday, opens, closes, frequency, anchor, weekOfMonth);
    }

    private static LocalTime time(String text, int n, String field) throws Rejected {
        if (text == null) {
            throw new Rejected("schedule " + n + " has no " + field);
        }
        String t = text.replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", "");
        try {
            return LocalTime.parse(t.length() == 5 ? t : t.substring(0, Math.min(t.length(), 8)));
        } catch (DateTimeParseException e) {
            throw new Rejected("schedule " + n + " " + field + " '" + text + "' is not a time like 10:00");
        }
    }

    private Integer age(JsonNode s, String field) throws Rejected {
        JsonNode v = s.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 130) {
            throw new Rejected(field + " '" + v + "' is not an age between 0 and 130");
        }
        return (int) Math.floor(v.asDouble());
    }

    // ---- JSON helpers ----

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
