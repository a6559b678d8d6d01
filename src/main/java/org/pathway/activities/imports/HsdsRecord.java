package org.pathway.activities.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;

/**
 * One HSDS service as {@link HsdsParser} reads it, ready for {@link HsdsListingWriter}: a listing with its
 * organisation, sessions, venues, contacts and categories. A location's coordinates are null when the feed gave
 * none (the writer places it from the postcode lookup); a term's name is null when the feed named only the id of a
 * term Pathway may already hold.
 */
record HsdsRecord(String externalId, String name, String description, String url, String email,
        ListingStatus status, String reason, Integer minAge, Integer maxAge, String cost, boolean free,
        String area, String locality, String accessibility, Instant verified, DeliveryMode mode,
        Organisation organisation, List<Schedule> schedules, List<Location> locations, List<Contact> contacts,
        List<Term> terms) {

    /** The service's organisation; only {@code externalId} when the record refers to one described before. */
    record Organisation(String externalId, String name, String description, String website, String email) {}

    record Schedule(int weekday, LocalTime opens, LocalTime closes, Frequency frequency, LocalDate anchor,
            Integer weekOfMonth) {}

    record Location(String name, String address, String city, String postcode, Double latitude, Double longitude) {}

    record Contact(String name, String title, String email) {}

    record Term(String id, String name, String description) {}
}
