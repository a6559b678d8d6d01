package org.pathway.activities.loading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;

/**
 * Bulk loading of directory organisations, listings and postcode coordinates, for the demo and for benchmark
 * sizes: batched inserts, no per-row checks beyond the database's own constraints.
 */
public interface DirectoryLoader {

    Loaded load(Batch batch);

    /** Codes of the category taxonomy shipped with Pathway, e.g. "befriending". */
    Set<String> categoryCodes();

    record Batch(List<NewOrganisation> organisations, List<NewListing> listings, List<PostcodePoint> postcodes) {}

    /** A directory organisation; {@code workforceOrganisationId} makes it the directory face of a community provider. */
    record NewOrganisation(UUID id, String name, String description, String website, String email,
            UUID workforceOrganisationId) {}

    record NewListing(UUID id, UUID organisationId, String name, String description, String cost, boolean free,
            DeliveryMode deliveryMode, Integer minAge, Integer maxAge, String conditions, String area, String locality,
            String accessibility, List<String> languages, Integer capacity, ReferralRoute referralRoute,
            boolean isPublic, Set<String> categoryCodes, List<NewSchedule> schedules, List<NewLocation> locations,
            List<NewContact> contacts, List<NewStatusChange> history, Instant lastVerifiedAt, Instant createdAt) {}

    /** {@code weekday} 1 = Monday; {@code anchorDate} for fortnightly sessions, {@code weekOfMonth} for monthly. */
    record NewSchedule(int weekday, LocalTime startsAt, LocalTime endsAt, Frequency frequency, LocalDate anchorDate,
            Integer weekOfMonth) {}

    record NewLocation(String name, String address, String city, String postcode, Double latitude, Double longitude) {}

    record NewContact(String name, String title, String phone, String email) {}

    /** One entry of a listing's status history, oldest first; the last one is its current status. */
    record NewStatusChange(ListingStatus status, String reason, Instant changedAt) {}

    record PostcodePoint(String postcode, double latitude, double longitude) {}

    record Loaded(int organisations, int listings, int statusChanges, int postcodes) {}
}
