package org.pathway.activities.directory;

import java.util.List;
import java.util.UUID;
import org.pathway.activities.TestDirectory;
import org.pathway.activities.loading.DirectoryLoader;
import org.pathway.activities.loading.DirectoryLoader.Batch;
import org.pathway.activities.loading.DirectoryLoader.NewOrganisation;
import org.pathway.activities.loading.DirectoryLoader.PostcodePoint;
import org.pathway.support.TestIcs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The activities test mother for the test ICS: directory organisations, listings (categories, delivery mode,
 * venues and their postcodes, sessions, status history, freshness) and the postcode coordinates distance searches
 * need, all through {@link DirectoryLoader} as the demo loads its directory.
 * <p>
 * When the context starts it gives the test ICS's community provider, {@link TestIcs#PROVIDER}, its face in the
 * directory, as the demo does for its providers: a directory organisation whose workforce organisation is the
 * provider's, so the {@code provider} sign-in manages that organisation's listings ({@link #providerOrganisation()},
 * {@link #providerListing}). Everything else is made by the tests that need it, with names of their own.
 */
@Component
@ConditionalOnProperty(name = "pathway.test-ics", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class TestListings implements ApplicationRunner {

    /** Postcodes in Truro (district TR1) the test ICS uses, none in sector TR1 3, with their coordinates. */
    public static final List<PostcodePoint> TRURO = List.of(
            new PostcodePoint("TR1 1AA", 50.2636, -5.0511), // the ICS
            new PostcodePoint("TR1 2AB", 50.2610, -5.0560), // Harbour Practice
            new PostcodePoint("TR1 4LN", 50.2720, -5.0440)); // Test Lunch Club

    private final DirectoryLoader loader;
    private final TestIcs ics;
    private final TestDirectory directory;
    private UUID providerOrganisation;

    public TestListings(DirectoryLoader loader, TestIcs ics) {
        this.loader = loader;
        this.ics = ics;
        this.directory = new TestDirectory(loader);
    }

    @Override
    public void run(ApplicationArguments args) {
        providerOrganisation = UUID.randomUUID();
        loader.load(new Batch(List.of(new NewOrganisation(providerOrganisation, TestIcs.PROVIDER,
                "Lunch clubs and friendship groups", null, null, ics.provider().value())), List.of(), List.of()));
    }

    /** Test Lunch Club's directory organisation: the {@code provider} sign-in manages its listings. */
    public UUID providerOrganisation() {
        return providerOrganisation;
    }

    /** A listing of Test Lunch Club's, which the {@code provider} sign-in manages and answers referrals to. */
    public TestDirectory.Builder providerListing(String name) {
        return directory.listing(providerOrganisation, name);
    }

    /** A directory-only organisation (as a feed brings them): no sign-in manages its listings. */
    public UUID organisation(String name) {
        return directory.organisation(name, null);
    }

    /**
     * A listing of this organisation: by default active for 400 days, verified yesterday, public, signposting,
     * in person, befriending, serving "Test locality", with no sessions or venues until the test adds them.
     */
    public TestDirectory.Builder listing(UUID organisation, String name) {
        return directory.listing(organisation, name);
    }

    /** Puts the postcode in the postcode lookup (or moves it there). */
    public void postcode(String postcode, double latitude, double longitude) {
        directory.postcode(postcode, latitude, longitude);
    }

    /** Puts {@link #TRURO}'s postcodes in the lookup: a well-formed TR1 postcode missing from it is placed at their centre. */
    public void truro() {
        loader.load(new Batch(List.of(), List.of(), TRURO));
    }
}
