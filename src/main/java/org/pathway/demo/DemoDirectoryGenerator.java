package org.pathway.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.loading.DirectoryLoader.Batch;
import org.pathway.activities.loading.DirectoryLoader.NewContact;
import org.pathway.activities.loading.DirectoryLoader.NewListing;
import org.pathway.activities.loading.DirectoryLoader.NewLocation;
import org.pathway.activities.loading.DirectoryLoader.NewOrganisation;
import org.pathway.activities.loading.DirectoryLoader.NewSchedule;
import org.pathway.activities.loading.DirectoryLoader.NewStatusChange;
import org.pathway.activities.loading.DirectoryLoader.PostcodePoint;
import org.pathway.activities.Frequency;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.demo.SouthWest.LocalitySpec;
import org.pathway.demo.SouthWest.PcnSpec;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.loading.WorkforceLoader;

/**
 * The demo's community directory: listings across the categories and localities, run by the demo's community
 * providers and by directory-only organisations. Their histories follow the seeds: a wave of suspensions in the
 * spring of the period (the same spring as the referral burst), some moved online, most reopened over the
 * following year, some closed for good; a share not verified for months. Deterministic for a seed.
 */
final class DemoDirectoryGenerator {

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    record Template(String category, String name, String description, DeliveryMode mode, Integer minAge,
            Integer maxAge, String conditions) {}

    static final List<Template> TEMPLATES = List.of(
            t("physical-activity", "%s Walking for Health", "Friendly, led walks of about an hour at an easy pace. Meet new people and get active outdoors.", DeliveryMode.IN_PERSON, 18, null, null),
            t("physical-activity", "Chair-based exercise at %s", "Gentle seated exercise to music to build strength and balance. Suitable for people with limited mobility.", DeliveryMode.IN_PERSON, 50, null, null),
            t("physical-activity", "%s Couch to 5K club", "A nine-week beginners' running programme with a supportive group and coaches.", DeliveryMode.IN_PERSON, 16, null, null),
            t("physical-activity", "Healthy weight club, %s", "Weekly sessions on healthy eating, cooking on a budget and staying active, with weigh-ins if you want them.", DeliveryMode.HYBRID, 18, null, "For adults with a BMI over 25"),
            t("physical-activity", "Tai chi for balance, %s", "Slow, flowing movements to improve balance and reduce falls. Beginners welcome.", DeliveryMode.IN_PERSON, 55, null, null),
            t("mental-health", "%s Peer Support Group", "A safe space to talk about how you are feeling with others who understand. Run by people with lived experience.", DeliveryMode.IN_PERSON, 18, null, null),
            t("mental-health", "Mindfulness for wellbeing, %s", "An eight-week mindfulness course to manage stress, anxiety and low mood.", DeliveryMode.ONLINE, 18, null, null),
            t("mental-health", "Talking Café %s", "Drop in for a cuppa and a chat about anything on your mind. No appointment needed.", DeliveryMode.IN_PERSON, 16, null, null),
            t("mental-health", "Men's wellbeing circle, %s", "A monthly group for men to talk, share and support each other.", DeliveryMode.IN_PERSON, 18, null, null),
            t("nature", "%s Community Allotment", "Grow fruit and vegetables together on a shared plot. Tools and tea provided; no experience needed.", DeliveryMode.IN_PERSON, null, null, null),
            t("nature", "Green gym, %s", "Conservation tasks outdoors: hedge laying, path clearing and tree planting, for fitness and fresh air.", DeliveryMode.IN_PERSON, 16, null, null),
            t("nature", "Wild swimming buddies, %s", "Sea and river swimming with trained volunteers watching out for you. Wetsuits available to borrow.", DeliveryMode.IN_PERSON, 18, null, null),
            t("nature", "Nature connection walks, %s", "Slow walks noticing wildlife, birdsong and the seasons, with a naturalist.", DeliveryMode.IN_PERSON, null, null, null),
            t("arts-culture", "%s Community Choir", "Sing together for fun. No auditions and no need to read music.", DeliveryMode.IN_PERSON, null, null, null),
            t("arts-culture", "Arts on prescription, %s", "A ten-week course of painting, printmaking and collage with a professional artist.", DeliveryMode.IN_PERSON, 18, null, null),
            t("arts-culture", "Creative writing group, %s", "Write stories, poems and memories in a friendly group. All abilities welcome.", DeliveryMode.HYBRID, 16, null, null),
            t("arts-culture", "Museum memories, %s", "Reminiscence sessions with objects from the museum collection, for people living with dementia and their carers.", DeliveryMode.IN_PERSON, 50, null, "For people living with dementia and their carers"),
            t("money-advice", "%s Money and Debt Advice", "Free, confidential advice on debt, benefits and budgeting from trained advisers.", DeliveryMode.HYBRID, 18, null, null),
            t("money-advice", "Benefits check clinic, %s", "Find out what you are entitled to and get help filling in forms.", DeliveryMode.PHONE, 18, null, null),
            t("money-advice", "Housing advice drop-in, %s", "Advice on tenancy problems, repairs, eviction and homelessness.", DeliveryMode.IN_PERSON, 18, null, null),
            t("money-advice", "Energy bills help, %s", "Help to cut energy bills, switch tariffs and apply for grants and warm home discounts.", DeliveryMode.PHONE, 18, null, null),
            t("befriending", "%s Lunch Club", "A hot two-course lunch and good company every week. Transport can be arranged.", DeliveryMode.IN_PERSON, 60, null, null),
            t("befriending", "Telephone befriending, %s", "A weekly friendly phone call from a trained volunteer for people who feel lonely.", DeliveryMode.PHONE, 50, null, null),
            t("befriending", "Coffee and chat, %s", "An informal morning social group: meet neighbours over coffee and cake.", DeliveryMode.IN_PERSON, null, null, null),
            t("befriending", "Men's Shed, %s", "A workshop space to make, mend and chat shoulder to shoulder.", DeliveryMode.IN_PERSON, 18, null, null),
            t("learning-volunteering", "Digital skills drop-in, %s", "Get help with phones, tablets and the internet: video calls, online shopping, NHS app.", DeliveryMode.IN_PERSON, 16, null, null),
            t("learning-volunteering", "Volunteer centre, %s", "Find volunteering that suits you and get support to start.", DeliveryMode.HYBRID, 16, null, null),
            t("learning-volunteering", "Back to work club, %s", "CVs, job searching and interview practice with a friendly adviser.", DeliveryMode.IN_PERSON, 18, 66, null),
            t("learning-volunteering", "English conversation café, %s", "Practise speaking English in a relaxed group. Free.", DeliveryMode.IN_PERSON, 16, null, null),
            t("carers", "%s Carers' Café", "Time out for unpaid carers: a cuppa, peer support and information.", DeliveryMode.IN_PERSON, 16, null, "For unpaid carers"),
            t("carers", "Young carers group, %s", "Activities and trips for young people who look after someone at home.", DeliveryMode.IN_PERSON, 8, 18, "For young carers"),
            t("carers", "Carers' support line, %s", "Phone support, information and a listening ear for people caring for a family member or friend.", DeliveryMode.PHONE, 18, null, "For unpaid carers"));

    private static Template t(String category, String name, String description, DeliveryMode mode, Integer minAge,
            Integer maxAge, String conditions) {
        return new Template(category, name, description, mode, minAge, maxAge, conditions);
    }

    private static final String[] VENUES = {"Village Hall", "Community Centre", "Methodist Church Hall", "Library",
            "Leisure Centre", "Scout Hut", "Memorial Hall", "Football Club", "Community Garden", "Parish Rooms"};
    private static final String[] ORG_KINDS = {"Community Trust", "Voluntary Action", "Age Concern", "Friends",
            "Wellbeing Hub", "Community Network", "Citizens Advice", "Volunteers", "Good Neighbours", "Arts Collective"};
    private static final String[] CONTACT_NAMES = {"Sue Pascoe", "Jan Trebilcock", "Mark Nance", "Ruth Penrose",
            "Tony Hocking", "Alison Rowe", "Keith Trevithick", "Helen Chapple", "Dave Luxton", "Mary Kitto"};
    private static final String[] SUSPENSION_REASONS = {"Suspended under the coronavirus restrictions",
            "Venue closed during the lockdown", "Volunteers shielding: sessions paused"};
    private static final String[] CLOSURE_REASONS = {"Funding ended and not renewed", "Venue closed permanently",
            "Not enough volunteers to restart", "Organisation wound up"};
    private static final String[] LATER_SUSPENSIONS = {"Hall closed for repairs", "Leader on long-term leave",
            "Paused over the winter"};

    private final Random random;
    private final long seed;
    private final LocalDate today;
    private final LocalDate spring;

    private DemoDirectoryGenerator(long seed, LocalDate today) {
        this.random = new Random(seed * 53 + 11);
        this.seed = seed;
        this.today = today;
        LocalDate start = today.minusYears(2);
        // The same spring as the referral burst in DemoActivityGenerator: the first March of the period.
        this.spring = LocalDate.of(start.getYear() + (start.getMonthValue() > 3 ? 1 : 0), 3, 1);
    }

    /**
     * @param listings how many listings (about 1,000 for the seeds' ICS)
     * @param otherPostcodes postcodes the rest of the demo uses (people, organisations), given coordinates too
     */
    static Batch generate(long seed, DemoIcs ics, int listings, LocalDate today, Collection<String> otherPostcodes) {
        return new DemoDirectoryGenerator(seed, today).generate(ics, listings, otherPostcodes);
    }

    private Batch generate(DemoIcs ics, int count, Collection<String> otherPostcodes) {
        Set<String> localityNames = new LinkedHashSet<>();
        Map<UUID, String> localityById = new LinkedHashMap<>();
        for (WorkforceLoader.NewOrganisation o : ics.workforce().organisations()) {
            if (o.command().kind() == OrganisationKind.LOCALITY) {
                localityNames.add(o.command().name());
                localityById.put(o.id().value(), o.command().name());
            }
        }
        List<LocalitySpec> localities = SouthWest.LOCALITIES.stream().filter(l -> localityNames.contains(l.name())).toList();
        List<NewOrganisation> organisations = new ArrayList<>();
        List<UUID> orgIds = new ArrayList<>();
        List<Integer> orgLocality = new ArrayList<>();
        // The demo's community providers are workforce organisations: their users manage these listings.
        for (WorkforceLoader.NewOrganisation o : ics.workforce().organisations()) {
            if (o.command().kind() == OrganisationKind.PROVIDER) {
                UUID id = uuid("directory-organisation:" + o.id().value());
                organisations.add(new NewOrganisation(id, o.command().name(),
                        "A community organisation running activities in " + localityOf(o, localityById, localities) + ".",
                        null, null, o.id().value()));
                orgIds.add(id);
                orgLocality.add(indexOf(localities, localityOf(o, localityById, localities)));
            }
        }
        int providerOrgs = orgIds.size();
        int others = Math.max(5, count / 7);
        for (int i = 0; i < others; i++) {
            int l = i % localities.size();
            PcnSpec pcn = localities.get(l).pcns().get(random.nextInt(localities.get(l).pcns().size()));
            String town = pcn.towns().get(random.nextInt(pcn.towns().size()));
            String name = town + " " + ORG_KINDS[random.nextInt(ORG_KINDS.length)] + (i >= ORG_KINDS.length * 8 ? " " + (i + 1) : "");
            UUID id = uuid("directory-organisation:" + i);
            organisations.add(new NewOrganisation(id, name, "A voluntary and community organisation in " + town + ".",
                    "https://example.org/" + id.toString().substring(0, 8), null, null));
            orgIds.add(id);
            orgLocality.add(l);
        }

        Set<String> postcodes = new LinkedHashSet<>(otherPostcodes);
        List<NewListing> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // The first providers' listings come first so the demo provider has a handful of its own.
            int org = i < providerOrgs * 4 ? i % providerOrgs : random.nextInt(orgIds.size());
            LocalitySpec locality = localities.get(orgLocality.get(org));
            PcnSpec pcn = locality.pcns().get(random.nextInt(locality.pcns().size()));
            String town = pcn.towns().get(random.nextInt(pcn.towns().size()));
            Template template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            String venue = VENUES[random.nextInt(VENUES.length)];
            UUID id = uuid("listing:" + i);
            Set<String> categories = new LinkedHashSet<>();
            categories.add(template.category());
            if (random.nextInt(5) == 0) {
                categories.add(TEMPLATES.get(random.nextInt(TEMPLATES.size())).category());
            }
            List<NewLocation> locations = new ArrayList<>();
            if (template.mode() != DeliveryMode.ONLINE && template.mode() != DeliveryMode.PHONE) {
                String postcode = postcode(DemoPostcodes.district(ics.number(),
                        pcn.districts().get(random.nextInt(pcn.districts().size()))));
                postcodes.add(postcode);
                PostcodePoint point = DemoPostcodes.locate(postcode);
                locations.add(new NewLocation(town + " " + venue, (1 + random.nextInt(80)) + " "
                        + (random.nextBoolean() ? "Fore Street" : "Church Road"), town, postcode, point.latitude(),
                        point.longitude()));
            }
            List<NewSchedule> schedules = new ArrayList<>();
            int sessions = template.mode() == DeliveryMode.PHONE ? random.nextInt(2) : 1 + (random.nextInt(4) == 0 ? 1 : 0);
            for (int s = 0; s < sessions; s++) {
                int weekday = 1 + random.nextInt(random.nextInt(6) == 0 ? 7 : 5);
                LocalTime startsAt = LocalTime.of(9 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
                LocalTime endsAt = startsAt.plusMinutes(60 + 30L * random.nextInt(4));
                if (endsAt.isBefore(startsAt)) {
                    endsAt = LocalTime.of(23, 0);
                }
                int f = random.nextInt(10);
                Frequency frequency = f < 6 ? Frequency.WEEKLY : f < 8 ? Frequency.FORTNIGHTLY : Frequency.MONTHLY;
                LocalDate anchor = frequency == Frequency.FORTNIGHTLY
                        ? spring.minusYears(1).with(java.time.DayOfWeek.of(weekday)).plusWeeks(random.nextInt(2)) : null;
                Integer weekOfMonth = frequency == Frequency.MONTHLY ? 1 + random.nextInt(4) : null;
                schedules.add(new NewSchedule(weekday, startsAt, endsAt, frequency, anchor, weekOfMonth));
            }
            List<NewStatusChange> history = history();
            Instant created = history.get(0).changedAt();
            Instant lastChange = history.get(history.size() - 1).changedAt();
            int v = random.nextInt(100);
            long daysAgo = v < 60 ? random.nextInt(170) : v < 85 ? 190 + random.nextInt(170) : 370 + random.nextInt(400);
            Instant verified = at(today.minusDays(daysAgo));
            if (verified.isBefore(lastChange) && v < 85) {
                verified = lastChange;
            }
            if (verified.isBefore(created)) {
                verified = created;
            }
            boolean free = random.nextInt(10) < 7;
            String contact = CONTACT_NAMES[random.nextInt(CONTACT_NAMES.length)];
            result.add(new NewListing(id, orgIds.get(org), template.name().formatted(town), template.description(),
                    free ? null : "£" + (2 + random.nextInt(5)) + " a session; free for people on benefits", free,
                    template.mode(), template.minAge(), template.maxAge(), template.conditions(),
                    random.nextInt(3) == 0 ? locality.name() : town + " and surrounding villages", locality.name(),
                    locations.isEmpty() ? null : random.nextBoolean() ? "Step-free access, accessible toilet, hearing loop"
                            : "Ground floor; parking nearby",
                    random.nextInt(12) == 0 ? List.of("English", "Polish") : random.nextInt(20) == 0
                            ? List.of("English", "British Sign Language") : List.of("English"),
                    random.nextInt(3) == 0 ? null : 8 + random.nextInt(30),
                    // (the first two of each provider's listings take direct referrals, so the demo provider has some to answer)
                    random.nextInt(3) == 0 || i < providerOrgs * 2 ? ReferralRoute.DIRECT_REFERRAL : ReferralRoute.SIGNPOSTING,
                    random.nextInt(20) != 0, categories, schedules, locations,
                    List.of(new NewContact(contact, "Organiser", String.format("01872 %06d", random.nextInt(1_000_000)),
                            contact.toLowerCase().replace(' ', '.') + "@example.org")),
                    history, verified, created));
        }
        List<PostcodePoint> points = postcodes.stream().filter(p -> p != null && p.indexOf(' ') > 0)
                .map(DemoPostcodes::locate).toList();
        return new Batch(organisations, result, points);
    }

    /** The postcodes the rest of the demo uses: organisations' and people's, so every one has coordinates. */
    static List<String> postcodesOf(DemoIcs ics, org.pathway.access.loading.AccessLoader.Batch access) {
        List<String> postcodes = new ArrayList<>();
        ics.workforce().organisations().forEach(o -> postcodes.add(o.command().postcode()));
        access.people().forEach(p -> postcodes.add(p.postcode()));
        return postcodes.stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
    }

    /** A status history: opened, then perhaps the spring wave of suspensions and what followed. */
    private List<NewStatusChange> history() {
        List<NewStatusChange> h = new ArrayList<>();
        boolean before = random.nextInt(100) < 80;
        LocalDate opened = before ? spring.minusDays(60 + random.nextInt(1500)) : spring.plusDays(120 + random.nextInt(
                (int) Math.max(1, ChronoUnit.DAYS.between(spring.plusDays(120), today) - 30)));
        h.add(new NewStatusChange(ListingStatus.ACTIVE, null, at(opened)));
        if (before && random.nextInt(100) < 75) {
            LocalDate suspended = spring.plusDays(14 + random.nextInt(14));
            h.add(new NewStatusChange(ListingStatus.SUSPENDED, SUSPENSION_REASONS[random.nextInt(SUSPENSION_REASONS.length)],
                    at(suspended)));
            int fate = random.nextInt(100);
            LocalDate next = suspended.plusDays(20 + random.nextInt(60));
            if (fate < 30) {
                h.add(new NewStatusChange(ListingStatus.ONLINE_ONLY, "Moved online while the venue is closed", at(next)));
                if (random.nextInt(100) < 70) {
                    h.add(new NewStatusChange(ListingStatus.ACTIVE, "Back at the venue",
                            at(clamp(next.plusDays(150 + random.nextInt(250))))));
                }
            } else if (fate < 75) {
                h.add(new NewStatusChange(ListingStatus.ACTIVE, "Reopened with fewer places",
                        at(clamp(suspended.plusDays(90 + random.nextInt(360))))));
            } else if (fate < 90) {
                h.add(new NewStatusChange(ListingStatus.CLOSED, CLOSURE_REASONS[random.nextInt(CLOSURE_REASONS.length)],
                        at(clamp(suspended.plusDays(120 + random.nextInt(400))))));
            }
            // the rest stay suspended
        } else if (random.nextInt(100) < 10) {
            LocalDate paused = clamp(opened.plusDays(60 + random.nextInt(400)));
            h.add(new NewStatusChange(ListingStatus.SUSPENDED, LATER_SUSPENSIONS[random.nextInt(LATER_SUSPENSIONS.length)],
                    at(paused)));
            if (random.nextBoolean()) {
                h.add(new NewStatusChange(ListingStatus.ACTIVE, "Sessions restarted", at(clamp(paused.plusDays(30 + random.nextInt(90))))));
            }
        }
        // Keep the history in order even where a clamp pulled a date back.
        for (int i = 1; i < h.size(); i++) {
            if (!h.get(i).changedAt().isAfter(h.get(i - 1).changedAt())) {
                h.set(i, new NewStatusChange(h.get(i).status(), h.get(i).reason(), h.get(i - 1).changedAt().plusSeconds(3600)));
            }
        }
        return h;
    }

    private LocalDate clamp(LocalDate day) {
        return day.isBefore(today) ? day : today.minusDays(1 + random.nextInt(20));
    }

    private Instant at(LocalDate day) {
        return day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(DemoActivityGenerator.ZONE).toInstant();
    }

    private String postcode(String district) {
        return district + " " + (1 + random.nextInt(9)) + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
    }

    private static String localityOf(WorkforceLoader.NewOrganisation o, Map<UUID, String> localityById,
            List<LocalitySpec> localities) {
        String name = o.command().parentId() == null ? null : localityById.get(o.command().parentId().value());
        return name != null ? name : localities.get(0).name();
    }

    private static int indexOf(List<LocalitySpec> localities, String name) {
        for (int i = 0; i < localities.size(); i++) {
            if (localities.get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    private UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("pathway-demo:" + seed + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
