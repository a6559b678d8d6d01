package org.pathway.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.loading.ConnectionsLoader;
import org.pathway.activities.loading.ConnectionsLoader.NewChange;
import org.pathway.activities.loading.ConnectionsLoader.NewConnection;
import org.pathway.activities.loading.ConnectionsLoader.NewUnmetNeed;
import org.pathway.activities.loading.DirectoryLoader;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.engagement.loading.CaseLoader;

import static org.pathway.activities.ConnectionStatus.*;

/**
 * The demo ICS's connections and unmet needs: about a third of cases (most of the demo link worker's) connected to
 * one or two listings, in every state of the loop, the demo provider's listings among them with referrals still to
 * answer; and unmet needs across the categories and localities. The same seed and inputs always give the same data.
 */
final class DemoConnectionsGenerator {

    static final String PROVIDER_STAFF = "Provider staff";

    private static final List<List<ConnectionStatus>> SIGNPOSTING_PATHS = List.of(
            List.of(SIGNPOSTED), List.of(SIGNPOSTED, ATTENDED), List.of(SIGNPOSTED, ATTENDED, ONGOING),
            List.of(SIGNPOSTED, ATTENDED, COMPLETED), List.of(SIGNPOSTED, DID_NOT_ATTEND), List.of(SIGNPOSTED, STOPPED),
            List.of(SUGGESTED));

    private static final List<List<ConnectionStatus>> DIRECT_PATHS = List.of(
            List.of(REFERRED), List.of(REFERRED, ACCEPTED), List.of(REFERRED, DECLINED),
            List.of(REFERRED, ACCEPTED, ATTENDED), List.of(REFERRED, ACCEPTED, ATTENDED, ONGOING),
            List.of(REFERRED, ACCEPTED, ATTENDED, COMPLETED), List.of(REFERRED, ACCEPTED, DID_NOT_ATTEND),
            List.of(REFERRED, STOPPED), List.of(SUGGESTED), List.of(REFERRED));

    private static final String[] CATEGORIES = {"befriending", "befriending", "money-advice", "money-advice",
            "mental-health", "physical-activity", "nature", "arts-culture", "learning-volunteering", "carers"};

    private static final String[] REASONS = {"NOTHING_EXISTS", "NOTHING_EXISTS", "PROVIDER_FULL", "PROVIDER_FULL",
            "NOT_ACCESSIBLE", "TOO_FAR", "TOO_FAR", "COST", "OTHER"};

    /** What the generator needs of a listing. */
    record Listing(UUID id, UUID organisationId, ReferralRoute route) {}

    /** The demo's people connections and the people who agreed to share their details with providers. */
    record Generated(ConnectionsLoader.Batch batch, Set<UUID> consenting, Instant consentAt) {}

    private final Random random;
    private final Instant now;

    private DemoConnectionsGenerator(long seed, Instant now) {
        this.random = new Random(seed * 41 + 11);
        this.now = now;
    }

    static Generated generate(long seed, DemoIcs ics, Instant now, List<CaseLoader.LoadedCase> cases,
            DirectoryLoader.Batch directory, String by) {
        return new DemoConnectionsGenerator(seed, now).generate(ics, cases, directory, by);
    }

    private Generated generate(DemoIcs ics, List<CaseLoader.LoadedCase> cases, DirectoryLoader.Batch directory, String by) {
        UUID providerOrganisation = directory.organisations().stream()
                .filter(o -> ics.provider().value().equals(o.workforceOrganisationId()))
                .map(DirectoryLoader.NewOrganisation::id).findFirst().orElse(null);
        List<Listing> open = new ArrayList<>();
        List<Listing> providers = new ArrayList<>();
        Set<String> localities = new LinkedHashSet<>();
        for (DirectoryLoader.NewListing l : directory.listings()) {
            if (l.locality() != null) {
                localities.add(l.locality());
            }
            ListingStatus status = l.history().isEmpty() ? ListingStatus.ACTIVE
                    : l.history().get(l.history().size() - 1).status();
            if (status == ListingStatus.CLOSED) {
                continue;
            }
            Listing listing = new Listing(l.id(), l.organisationId(), l.referralRoute());
            open.add(listing);
            if (l.organisationId().equals(providerOrganisation) && l.referralRoute() == ReferralRoute.DIRECT_REFERRAL) {
                providers.add(listing);
            }
        }
        List<NewConnection> connections = new ArrayList<>();
        List<NewUnmetNeed> unmet = new ArrayList<>();
        Set<UUID> consenting = new LinkedHashSet<>();
        Instant earliest = now;
        if (open.isEmpty()) {
            return new Generated(new ConnectionsLoader.Batch(connections, unmet), consenting, now);
        }
        List<String> localityList = List.copyOf(localities);
        int toProvider = 0;
        int demoSignposted = 0;
        for (CaseLoader.LoadedCase c : cases) {
            boolean demoCase = c.practitionerId().equals(ics.linkWorkerId().value());
            double chance = demoCase ? 0.8 : 0.3;
            if (random.nextDouble() < chance) {
                int count = 1 + (random.nextInt(3) == 0 ? 1 : 0);
                for (int k = 0; k < count; k++) {
                    Listing listing;
                    List<ConnectionStatus> path;
                    ReferralRoute route;
                    if (c.open() && !providers.isEmpty() && (demoCase || random.nextInt(6) == 0)) {
                        listing = providers.get(random.nextInt(providers.size()));
                        route = ReferralRoute.DIRECT_REFERRAL;
                        path = DIRECT_PATHS.get(toProvider++ % DIRECT_PATHS.size());
                    } else {
                        listing = open.get(random.nextInt(open.size()));
                        boolean signpost = listing.route() == ReferralRoute.SIGNPOSTING || random.nextInt(4) == 0;
                        route = signpost ? ReferralRoute.SIGNPOSTING : ReferralRoute.DIRECT_REFERRAL;
                        List<List<ConnectionStatus>> paths = signpost ? SIGNPOSTING_PATHS : DIRECT_PATHS;
                        path = demoCase && signpost ? paths.get(demoSignposted++ % paths.size())
                                : paths.get(random.nextInt(paths.size()));
                        if (path.get(0) == SUGGESTED) {
                            route = listing.route();
                        }
                    }
                    Instant at = c.openedAt().plus(Duration.ofDays(3 + random.nextInt(28)))
                            .plus(Duration.ofMinutes(random.nextInt(480)));
                    if (!at.isBefore(now)) {
                        at = now.minus(Duration.ofHours(2 + random.nextInt(40)));
                    }
                    List<NewChange> history = new ArrayList<>();
                    for (ConnectionStatus step : path) {
                        if (!history.isEmpty()) {
                            at = at.plus(Duration.ofDays(2 + random.nextInt(12)));
                            if (!at.isBefore(now)) {
                                break;
                            }
                        }
                        boolean providerStep = route == ReferralRoute.DIRECT_REFERRAL && step.providerMay();
                        history.add(new NewChange(step, note(step), at, providerStep ? PROVIDER_STAFF : by));
                    }
                    boolean shared = history.stream().anyMatch(h -> h.status() == REFERRED);
                    if (shared) {
                        consenting.add(c.personId());
                        if (history.get(0).at().isBefore(earliest)) {
                            earliest = history.get(0).at();
                        }
                    }
                    connections.add(new NewConnection(uuid(c.caseId(), k), c.caseId(), c.personId(), c.organisationId(),
                            listing.id(), route, shared, history));
                }
            }
            if (!localityList.isEmpty() && random.nextInt(demoCase ? 4 : 12) == 0) {
                Instant at = c.openedAt().plus(Duration.ofDays(5 + random.nextInt(30)));
                if (at.isBefore(now)) {
                    unmet.add(new NewUnmetNeed(c.caseId(), c.organisationId(),
                            CATEGORIES[random.nextInt(CATEGORIES.length)],
                            localityList.get(random.nextInt(localityList.size())),
                            REASONS[random.nextInt(REASONS.length)], null, at, by));
                }
            }
        }
        return new Generated(new ConnectionsLoader.Batch(connections, unmet), consenting,
                earliest.minus(Duration.ofDays(1)));
    }

    private String note(ConnectionStatus step) {
        return switch (step) {
            case DECLINED -> random.nextBoolean() ? "Full until the spring" : "Not suitable: needs one-to-one support";
            case STOPPED -> "The person decided it was not for them";
            case DID_NOT_ATTEND -> "Did not come to the first session";
            default -> null;
        };
    }

    private static UUID uuid(UUID caseId, int k) {
        return UUID.nameUUIDFromBytes(("demo-connection:" + caseId + ":" + k).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
