package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.loading.DirectoryLoader.Batch;
import org.pathway.activities.loading.DirectoryLoader.NewListing;
import org.pathway.activities.loading.DirectoryLoader.NewStatusChange;
import org.pathway.activities.ListingStatus;

class DemoDirectoryGeneratorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final DemoIcs ICS = DemoIcsGenerator.generate(DemoIcsGeneratorTests.SEED, DemoSize.ICS);

    static Batch generate(long seed) {
        return DemoDirectoryGenerator.generate(seed, ICS, 1000, TODAY, List.of("TR1 3QN"));
    }

    @Test
    void sameSeedGivesTheSameDirectory() {
        Batch first = generate(DemoIcsGeneratorTests.SEED);
        assertThat(generate(DemoIcsGeneratorTests.SEED)).isEqualTo(first);
        assertThat(generate(DemoIcsGeneratorTests.SEED + 1).listings()).isNotEqualTo(first.listings());
    }

    @Test
    void aThousandListingsAcrossCategoriesLocalitiesAndModes() {
        Batch batch = generate(DemoIcsGeneratorTests.SEED);
        assertThat(batch.listings()).hasSize(1000);
        assertThat(batch.listings().stream().flatMap(l -> l.categoryCodes().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("physical-activity", "mental-health", "nature", "arts-culture", "money-advice",
                        "befriending", "learning-volunteering", "carers");
        assertThat(batch.listings().stream().map(NewListing::locality).collect(Collectors.toSet())).hasSize(5);
        assertThat(batch.listings().stream().map(NewListing::deliveryMode).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DeliveryMode.values());
        // Every community provider the demo's users work for has listings of its own.
        Set<java.util.UUID> providerOrgs = batch.organisations().stream().filter(o -> o.workforceOrganisationId() != null)
                .map(o -> o.id()).collect(Collectors.toSet());
        assertThat(providerOrgs).isNotEmpty();
        assertThat(batch.listings().stream().map(NewListing::organisationId).collect(Collectors.toSet()))
                .containsAll(providerOrgs);
        // Every located listing's postcode has coordinates in the lookup, as do the rest of the demo's postcodes.
        Set<String> postcodes = batch.postcodes().stream().map(p -> p.postcode()).collect(Collectors.toSet());
        assertThat(postcodes).contains("TR1 3QN");
        batch.listings().forEach(l -> l.locations().forEach(loc -> assertThat(postcodes).contains(loc.postcode())));
    }

    @Test
    void historiesShowTheWaveOfSuspensionsReopeningsMovesOnlineAndClosures() {
        Batch batch = generate(DemoIcsGeneratorTests.SEED);
        Set<ListingStatus> current = EnumSet.noneOf(ListingStatus.class);
        long suspendedInTheWave = 0;
        long reopened = 0;
        for (NewListing l : batch.listings()) {
            List<NewStatusChange> h = l.history();
            current.add(h.get(h.size() - 1).status());
            for (int i = 1; i < h.size(); i++) {
                assertThat(h.get(i).changedAt()).isAfter(h.get(i - 1).changedAt());
            }
            if (h.size() > 1 && h.get(1).status() == ListingStatus.SUSPENDED) {
                suspendedInTheWave++;
                if (h.get(h.size() - 1).status() == ListingStatus.ACTIVE) {
                    reopened++;
                }
            }
            assertThat(h.get(h.size() - 1).changedAt()).isBefore(TODAY.atStartOfDay(DemoActivityGenerator.ZONE).toInstant());
        }
        assertThat(current).containsExactlyInAnyOrder(ListingStatus.values());
        assertThat(suspendedInTheWave).isGreaterThan(300);
        assertThat(reopened).isGreaterThan(100).isLessThan(suspendedInTheWave);
        Instant sixMonths = TODAY.minusMonths(6).atStartOfDay(DemoActivityGenerator.ZONE).toInstant();
        Instant year = TODAY.minusMonths(12).atStartOfDay(DemoActivityGenerator.ZONE).toInstant();
        long stale = batch.listings().stream().filter(l -> l.lastVerifiedAt().isBefore(sixMonths)).count();
        long withheld = batch.listings().stream().filter(l -> l.lastVerifiedAt().isBefore(year)).count();
        assertThat(stale).isBetween(100L, 600L);
        assertThat(withheld).isPositive().isLessThan(stale);
        assertThat(batch.listings()).allMatch(l -> !l.lastVerifiedAt().isAfter(TODAY.atStartOfDay(
                DemoActivityGenerator.ZONE).toInstant().plus(1, ChronoUnit.DAYS)));
    }
}
