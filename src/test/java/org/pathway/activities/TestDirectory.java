package org.pathway.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.loading.DirectoryLoader;
import org.pathway.activities.loading.DirectoryLoader.Batch;
import org.pathway.activities.loading.DirectoryLoader.NewContact;
import org.pathway.activities.loading.DirectoryLoader.NewListing;
import org.pathway.activities.loading.DirectoryLoader.NewLocation;
import org.pathway.activities.loading.DirectoryLoader.NewOrganisation;
import org.pathway.activities.loading.DirectoryLoader.NewSchedule;
import org.pathway.activities.loading.DirectoryLoader.NewStatusChange;
import org.pathway.activities.loading.DirectoryLoader.PostcodePoint;

/** Test mother for directory records: each test makes its own organisation and listings with unique names. */
public final class TestDirectory {

    private final DirectoryLoader loader;

    public TestDirectory(DirectoryLoader loader) {
        this.loader = loader;
    }

    public UUID organisation(String name, UUID workforceOrganisationId) {
        UUID id = UUID.randomUUID();
        loader.load(new Batch(List.of(new NewOrganisation(id, name, "Runs things for tests", null, null,
                workforceOrganisationId)), List.of(), List.of()));
        return id;
    }

    public void postcode(String postcode, double latitude, double longitude) {
        loader.load(new Batch(List.of(), List.of(), List.of(new PostcodePoint(postcode, latitude, longitude))));
    }

    public Builder listing(UUID organisation, String name) {
        return new Builder(organisation, name);
    }

    public final class Builder {
        private final UUID organisation;
        private final String name;
        private String description = "A test activity";
        private Set<String> categories = Set.of("befriending");
        private DeliveryMode mode = DeliveryMode.IN_PERSON;
        private Integer minAge;
        private Integer maxAge;
        private final List<NewSchedule> schedules = new ArrayList<>();
        private final List<NewLocation> locations = new ArrayList<>();
        private final List<NewStatusChange> history = new ArrayList<>();
        private Instant verified = Instant.now().minus(1, ChronoUnit.DAYS);
        private boolean isPublic = true;
        private ReferralRoute route = ReferralRoute.SIGNPOSTING;
        private String locality = "Test locality";

        Builder(UUID organisation, String name) {
            this.organisation = organisation;
            this.name = name;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder categories(String... codes) {
            this.categories = Set.of(codes);
            return this;
        }

        public Builder mode(DeliveryMode mode) {
            this.mode = mode;
            return this;
        }

        public Builder ages(Integer min, Integer max) {
            this.minAge = min;
            this.maxAge = max;
            return this;
        }

        public Builder weekly(int weekday) {
            schedules.add(new NewSchedule(weekday, LocalTime.of(10, 0), LocalTime.of(11, 30), Frequency.WEEKLY, null, null));
            return this;
        }

        public Builder monthly(int weekday, int weekOfMonth) {
            schedules.add(new NewSchedule(weekday, LocalTime.of(14, 0), LocalTime.of(16, 0), Frequency.MONTHLY, null,
                    weekOfMonth));
            return this;
        }

        public Builder fortnightly(int weekday, LocalDate anchor) {
            schedules.add(new NewSchedule(weekday, LocalTime.of(18, 0), LocalTime.of(19, 0), Frequency.FORTNIGHTLY,
                    anchor, null));
            return this;
        }

        public Builder at(String postcode, double latitude, double longitude) {
            locations.add(new NewLocation("Test Hall", "1 Test Street", "Testtown", postcode, latitude, longitude));
            return this;
        }

        public Builder status(ListingStatus status, String reason, Instant at) {
            history.add(new NewStatusChange(status, reason, at));
            return this;
        }

        public Builder verified(Instant verified) {
            this.verified = verified;
            return this;
        }

        public Builder directReferral() {
            this.route = ReferralRoute.DIRECT_REFERRAL;
            return this;
        }

        /** The area the listing serves (every test listing serves "Test locality" unless told). */
        public Builder locality(String locality) {
            this.locality = locality;
            return this;
        }

        public Builder notPublic() {
            this.isPublic = false;
            return this;
        }

        public UUID create() {
            UUID id = UUID.randomUUID();
            if (history.isEmpty()) {
                history.add(new NewStatusChange(ListingStatus.ACTIVE, null, Instant.now().minus(400, ChronoUnit.DAYS)));
            }
            loader.load(new Batch(List.of(), List.of(new NewListing(id, organisation, name, description, null, true, mode,
                    minAge, maxAge, null, "Testshire", locality, "Step-free access", List.of("English"), 12,
                    route, isPublic, categories, schedules, locations,
                    List.of(new NewContact("Test Organiser", "Organiser", "01234 567890", "organiser@example.org")),
                    history, verified, history.get(0).changedAt())), List.of()));
            return id;
        }
    }
}
