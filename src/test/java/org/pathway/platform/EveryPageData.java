package org.pathway.platform;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.activities.loading.DirectoryLoader;
import org.pathway.activities.loading.DirectoryLoader.Batch;
import org.pathway.activities.loading.DirectoryLoader.NewContact;
import org.pathway.activities.loading.DirectoryLoader.NewListing;
import org.pathway.activities.loading.DirectoryLoader.NewLocation;
import org.pathway.activities.loading.DirectoryLoader.NewOrganisation;
import org.pathway.activities.loading.DirectoryLoader.NewSchedule;
import org.pathway.activities.loading.DirectoryLoader.NewStatusChange;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.support.TestIcs;
import org.springframework.context.ApplicationContext;

/**
 * Something on every page the sweeps open: a referral waiting in the link worker's triage (from the referrer), a case
 * of the link worker's, and a public directory listing of the test ICS's community provider. Built on the test ICS
 * through access's and engagement's test mothers and activities' {@link DirectoryLoader}, with names of the caller's
 * choosing so that two sweeps in one context do not meet.
 */
public final class EveryPageData {

    /** What was built: the referral waiting for triage, the link worker's case, and the listing. */
    public record Built(UUID waitingReferral, UUID caseId, UUID listing) {}

    private EveryPageData() {}

    public static Built build(ApplicationContext context, String name) {
        CaseTestSupport cases = CaseTestSupport.from(context);
        UUID waiting = cases.referral(name + "Waiting").referralId().value();
        UUID caseId = cases.openCase(name + "Case");
        return new Built(waiting, caseId, listing(context, name));
    }

    private static UUID listing(ApplicationContext context, String name) {
        DirectoryLoader loader = context.getBean(DirectoryLoader.class);
        TestIcs ics = context.getBean(TestIcs.class);
        UUID organisation = UUID.randomUUID();
        UUID listing = UUID.randomUUID();
        Instant since = Instant.now().minus(30, ChronoUnit.DAYS);
        String category = loader.categoryCodes().contains("befriending") ? "befriending"
                : loader.categoryCodes().iterator().next();
        loader.load(new Batch(
                List.of(new NewOrganisation(organisation, name + " Friends", "Lunches and walks for anyone who is lonely",
                        null, "friends@example.org", ics.provider().value())),
                List.of(new NewListing(listing, organisation, name + " Lunch Club", "A hot lunch and company, weekly",
                        null, true, DeliveryMode.IN_PERSON, 18, null, null, "Truro", TestIcs.NORTH_LOCALITY,
                        "Step-free access", List.of("English"), 20, ReferralRoute.SIGNPOSTING, true, Set.of(category),
                        List.of(new NewSchedule(3, LocalTime.of(12, 0), LocalTime.of(14, 0), Frequency.WEEKLY, null,
                                null)),
                        List.of(new NewLocation("Harbour Hall", "2 Harbour Road", "Truro", "TR1 4LM", 50.263, -5.051)),
                        List.of(new NewContact("Lunch Organiser", "Organiser", "01632 960555", "lunch@example.org")),
                        List.of(new NewStatusChange(ListingStatus.ACTIVE, null, since)), Instant.now(), since)),
                List.of()));
        return listing;
    }
}
