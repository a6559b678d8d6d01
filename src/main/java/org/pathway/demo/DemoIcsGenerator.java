package org.pathway.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import net.datafaker.Faker;
import org.pathway.demo.SouthWest.Arrangement;
import org.pathway.demo.SouthWest.EmployerSpec;
import org.pathway.demo.SouthWest.LocalitySpec;
import org.pathway.demo.SouthWest.PcnSpec;
import org.pathway.demo.SouthWest.ProviderSpec;
import org.pathway.demo.SouthWest.ServiceSpec;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.loading.WorkforceLoader.Batch;
import org.pathway.workforce.loading.WorkforceLoader.NewOrganisation;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;
import org.pathway.workforce.loading.WorkforceLoader.NewService;

/**
 * Generates the demo ICS from a seed and a size: the same seed always gives the same organisations, codes,
 * postcodes, names and ids; another seed gives other ones. Names come from datafaker (en-GB) seeded with the
 * seed, drawing on South West names; ids are derived from the seed and each record's natural key, so they
 * stay stable as the demo grows.
 */
final class DemoIcsGenerator {

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final List<BigDecimal> FTES = List.of(new BigDecimal("0.4"), new BigDecimal("0.5"),
            new BigDecimal("0.6"), new BigDecimal("0.6"), new BigDecimal("0.8"), new BigDecimal("0.8"),
            new BigDecimal("1.0"), new BigDecimal("1.0"), new BigDecimal("1.0"));

    /** England's seven NHS regions, for naming the national demo's further ICSs. */
    private static final List<String> REGIONS = List.of("North East and Yorkshire", "North West", "Midlands",
            "East of England", "London", "South East", "South West");

    private final long seed;
    private final DemoSize size;
    private final int number;
    private final Random random;
    private final Faker faker;
    private final Set<String> usedCodes;
    private final Set<String> usedNames = new HashSet<>();

    private DemoIcsGenerator(long seed, DemoSize size, int number, Set<String> usedCodes) {
        this.seed = seed;
        this.size = size;
        this.number = number;
        this.random = new Random(seed);
        this.faker = new Faker(Locale.UK, new Random(seed));
        this.usedCodes = usedCodes;
    }

    /** The first (or only) ICS of this size: the seeds' Peninsula ICS. */
    static DemoIcs generate(long seed, DemoSize size) {
        return new DemoIcsGenerator(seed, size, 0, new HashSet<>()).generate();
    }

    /**
     * Every ICS of this size, in order: the first from the seed itself (the demo sign-ins work there), each
     * further one from a seed of its own, with ODS codes unique across all of them.
     */
    static List<DemoIcs> generateAll(long seed, DemoSize size) {
        Set<String> codes = new HashSet<>();
        List<DemoIcs> all = new ArrayList<>(size.icss());
        for (int i = 0; i < size.icss(); i++) {
            all.add(new DemoIcsGenerator(icsSeed(seed, i), size, i, codes).generate());
        }
        return all;
    }

    /** The seed the ICS numbered {@code i} (from 0) is generated from. */
    static long icsSeed(long seed, int i) {
        return i == 0 ? seed : seed + 1_000_003L * i;
    }

    private record Pcn(OrganisationId id, PcnSpec spec, int locality) {}

    private DemoIcs generate() {
        List<LocalitySpec> localities = SouthWest.LOCALITIES.subList(0, size.localities());
        int namedPcns = localities.stream().mapToInt(l -> l.pcns().size()).sum();
        if (namedPcns != size.pcns()) {
            throw new IllegalStateException("The South West geography has " + namedPcns + " PCNs in "
                    + size.localities() + " localities; size " + size + " needs " + size.pcns());
        }
        Map<String, EmployerSpec> pcnEmployers = new LinkedHashMap<>();
        SouthWest.EMPLOYERS.stream().filter(e -> e.pcnName() != null).forEach(e -> pcnEmployers.put(e.pcnName(), e));

        List<NewOrganisation> organisations = new ArrayList<>();
        OrganisationId ics = organisationId("ics");
        String icsName = number == 0 ? SouthWest.ICS_NAME
                : "Integrated Care System " + (number + 1) + " (" + REGIONS.get(number % REGIONS.size()) + ")";
        String icsCode = number == 0 ? SouthWest.ICS_CODE : uniqueCode("Q", 2);
        usedCodes.add(SouthWest.ICS_CODE);
        organisations.add(new NewOrganisation(ics, new OrganisationCommand(OrganisationKind.ICS, icsName, icsCode, null,
                null, null, null, postcode(SouthWest.ICS_POSTCODE_DISTRICT))));

        List<OrganisationId> localityIds = new ArrayList<>();
        List<Pcn> pcns = new ArrayList<>();
        for (int l = 0; l < localities.size(); l++) {
            LocalitySpec locality = localities.get(l);
            OrganisationId localityId = organisationId("locality:" + locality.name());
            localityIds.add(localityId);
            organisations.add(new NewOrganisation(localityId, new OrganisationCommand(OrganisationKind.LOCALITY,
                    locality.name(), null, ics, null, null, null, null)));
            for (PcnSpec spec : locality.pcns()) {
                OrganisationId pcnId = organisationId("pcn:" + spec.name());
                EmployerSpec employer = pcnEmployers.get(spec.name());
                organisations.add(new NewOrganisation(pcnId, new OrganisationCommand(OrganisationKind.PCN, spec.name(),
                        uniqueCode("U", 5), localityId, employer == null ? null : employer.type(),
                        contracting(spec.arrangement()), employer == null ? null : employer.funding(),
                        postcode(pick(spec.districts())))));
                pcns.add(new Pcn(pcnId, spec, l));
            }
        }

        OrganisationId referrerPractice = null;
        int[] practices = practicesPerPcn(pcns.size());
        for (int p = 0; p < pcns.size(); p++) {
            Pcn pcn = pcns.get(p);
            for (int i = 0; i < practices[p]; i++) {
                String code = uniqueCode("L8", 4);
                OrganisationId practiceId = organisationId("practice:" + code);
                organisations.add(new NewOrganisation(practiceId, new OrganisationCommand(OrganisationKind.GP_PRACTICE,
                        practiceName(pcn.spec()), code, pcn.id(), null, null, null,
                        postcode(pick(pcn.spec().districts())))));
                if (referrerPractice == null) {
                    referrerPractice = practiceId;
                }
            }
        }

        Map<String, OrganisationId> employerIds = new LinkedHashMap<>();
        for (EmployerSpec employer : SouthWest.EMPLOYERS) {
            if (employer.pcnName() != null) {
                employerIds.put(employer.key(), organisationId("pcn:" + employer.pcnName()));
                continue;
            }
            OrganisationId id = organisationId("employer:" + employer.key());
            employerIds.put(employer.key(), id);
            String district = employer.locality() < 0 ? SouthWest.ICS_POSTCODE_DISTRICT
                    : localities.get(employer.locality()).pcns().get(0).districts().get(0);
            String town = employer.locality() < 0 ? "Exeter"
                    : localities.get(employer.locality()).pcns().get(0).towns().get(0);
            int n = organisations.size();
            organisations.add(new NewOrganisation(id, new OrganisationCommand(OrganisationKind.EMPLOYER, employer.name(),
                    null, employer.locality() < 0 ? ics : localityIds.get(employer.locality()), employer.type(),
                    employer.contracting(), employer.funding(), postcode(district),
                    (1 + n % 40) + " " + STREETS.get(n % STREETS.size()) + ", " + town, workPhone(n))));
        }

        OrganisationId provider = null;
        List<ProviderSpec> providers = SouthWest.PROVIDERS.subList(0, size.providers());
        for (ProviderSpec spec : providers) {
            OrganisationId id = organisationId("provider:" + spec.name());
            organisations.add(new NewOrganisation(id, new OrganisationCommand(OrganisationKind.PROVIDER, spec.name(),
                    null, localityIds.get(spec.locality()), null, null, null,
                    postcode(pick(localities.get(spec.locality()).pcns().get(0).districts())))));
            if (provider == null) {
                provider = id;
            }
        }

        Map<String, List<ServiceId>> servicesByEmployer = new LinkedHashMap<>();
        List<NewService> services = new ArrayList<>();
        for (ServiceSpec spec : SouthWest.SERVICES) {
            ServiceId id = new ServiceId(uuid("service:" + spec.name()));
            EmployerSpec employer = employer(spec.employerKey());
            services.add(new NewService(id, new ServiceCommand(spec.name(), employerIds.get(spec.employerKey()),
                    spec.access(), spec.minAge(), spec.maxAge(), spec.needs(), spec.excludedNeeds(), spec.exclusions(),
                    spec.readiness(), areas(spec, employer, pcns), spec.engagement(), spec.sessionCap(),
                    spec.reviewWeeks(), spec.caseloadCap(), spec.statement())));
            servicesByEmployer.computeIfAbsent(spec.employerKey(), k -> new ArrayList<>()).add(id);
        }

        List<NewPractitioner> practitioners = new ArrayList<>();
        int[] staff = practitionersPerEmployer();
        for (int e = 0; e < SouthWest.EMPLOYERS.size(); e++) {
            EmployerSpec employer = SouthWest.EMPLOYERS.get(e);
            List<ServiceId> employerServices = servicesByEmployer.getOrDefault(employer.key(), List.of());
            // One of the managed employer's places is the demo link worker's, loaded with their account.
            int count = employer.key().equals(SouthWest.MANAGED_EMPLOYER) ? staff[e] - 1 : staff[e];
            for (int i = 0; i < count; i++) {
                PractitionerId id = new PractitionerId(uuid("practitioner:" + employer.key() + ":" + i));
                String name = faker.options().option(SouthWest.GIVEN_NAMES) + " "
                        + faker.options().option(SouthWest.SURNAMES);
                practitioners.add(new NewPractitioner(id, new PractitionerCommand(name, pick(employer.titles()),
                        employerIds.get(employer.key()), someOf(employerServices), pick(FTES),
                        workPhone(practitioners.size() + 500), workEmail(name, employer.key())), null));
            }
        }

        OrganisationId managed = employerIds.get(SouthWest.MANAGED_EMPLOYER);
        return new DemoIcs(number, new Batch(organisations, services, practitioners), ics, managed, referrerPractice,
                provider, new PractitionerId(uuid("practitioner:" + SouthWest.MANAGED_EMPLOYER + ":link-worker")),
                new LinkedHashSet<>(servicesByEmployer.get(SouthWest.MANAGED_EMPLOYER)));
    }

    /** The PCNs or practices a service covers: empty for the whole ICS. */
    private static Set<OrganisationId> areas(ServiceSpec spec, EmployerSpec employer, List<Pcn> pcns) {
        Set<OrganisationId> areas = new LinkedHashSet<>();
        for (Pcn pcn : pcns) {
            boolean covered = switch (spec.coverage()) {
                case OWN_PCN -> pcn.spec().name().equals(employer.pcnName());
                case SUB_CONTRACTING_PCNS -> pcn.locality() == employer.locality()
                        && pcn.spec().arrangement() != Arrangement.DIRECT
                        && SouthWest.SUB_CONTRACTORS.get(pcn.locality()).equals(employer.key());
                case LOCALITIES -> spec.localities().contains(pcn.locality());
                case WHOLE_ICS -> false;
            };
            if (covered) {
                areas.add(pcn.id());
            }
        }
        return areas;
    }

    private static EmployerSpec employer(String key) {
        return SouthWest.EMPLOYERS.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo employer " + key));
    }

    private static Contracting contracting(Arrangement arrangement) {
        return switch (arrangement) {
            case DIRECT -> Contracting.DIRECT;
            case MIXED -> Contracting.MIXED;
            case SUB_CONTRACTED -> Contracting.SUB_CONTRACTED;
        };
    }

    /** Every PCN has the same number of practices, give or take one; which PCNs have one more depends on the seed. */
    private int[] practicesPerPcn(int pcnCount) {
        int[] counts = new int[pcnCount];
        java.util.Arrays.fill(counts, size.practices() / pcnCount);
        List<Integer> order = new ArrayList<>(IntStream.range(0, pcnCount).boxed().toList());
        Collections.shuffle(order, random);
        for (int i = 0; i < size.practices() % pcnCount; i++) {
            counts[order.get(i)]++;
        }
        return counts;
    }

    /** The size's practitioners shared among employers by weight, largest remainders rounded up. */
    private int[] practitionersPerEmployer() {
        List<EmployerSpec> employers = SouthWest.EMPLOYERS;
        int totalWeight = employers.stream().mapToInt(EmployerSpec::practitionerWeight).sum();
        int[] counts = new int[employers.size()];
        double[] remainders = new double[employers.size()];
        int assigned = 0;
        for (int e = 0; e < employers.size(); e++) {
            double exact = (double) size.practitioners() * employers.get(e).practitionerWeight() / totalWeight;
            counts[e] = Math.max(1, (int) Math.floor(exact));
            remainders[e] = exact - Math.floor(exact);
            assigned += counts[e];
        }
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, employers.size()).boxed().toList());
        byRemainder.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; assigned < size.practitioners(); i = (i + 1) % byRemainder.size()) {
            counts[byRemainder.get(i)]++;
            assigned++;
        }
        return counts;
    }

    private String practiceName(PcnSpec pcn) {
        for (int attempt = 0; ; attempt++) {
            String suffix = pick(SouthWest.PRACTICE_SUFFIXES);
            String name = switch (random.nextInt(3)) {
                case 0 -> pick(pcn.towns()) + " " + suffix;
                case 1 -> pick(SouthWest.PRACTICE_FEATURES) + " " + suffix;
                default -> "The " + pick(SouthWest.PRACTICE_FEATURES) + (random.nextBoolean() ? " Surgery" : " Practice");
            };
            if (attempt > 20) {
                name = pick(pcn.towns()) + " " + pick(SouthWest.PRACTICE_FEATURES) + " " + suffix;
            }
            if (usedNames.add(name)) {
                return name;
            }
        }
    }

    /**
     * A full postcode in (this ICS's counterpart of) one of the seeds' districts, e.g. "TR1 3QN": a sector digit and
     * two unit letters.
     */
    private String postcode(String district) {
        return DemoPostcodes.district(number, district) + " " + (1 + random.nextInt(9))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
    }

    /** An ODS-style code not used before: the prefix and random digits, e.g. "L83012" or "U41207". */
    private String uniqueCode(String prefix, int digits) {
        int bound = (int) Math.pow(10, digits);
        while (true) {
            String code = prefix + String.format("%0" + digits + "d", bound / 10 + random.nextInt(bound - bound / 10));
            if (usedCodes.add(code)) {
                return code;
            }
        }
    }

    /** One or more of the services, chosen at random; none when there are none. */
    private Set<ServiceId> someOf(List<ServiceId> services) {
        Set<ServiceId> chosen = new LinkedHashSet<>();
        for (ServiceId service : services) {
            if (random.nextInt(10) < 6) {
                chosen.add(service);
            }
        }
        if (chosen.isEmpty() && !services.isEmpty()) {
            chosen.add(pick(services));
        }
        return chosen;
    }

    /** Work addresses' streets for employing organisations (no random draw: the rest of the demo stays as it was). */
    private static final List<String> STREETS = List.of("Lemon Street", "Fore Street", "Market Place",
            "Church Road", "Station Road", "Quay Street", "High Street", "Victoria Road");

    /** A phone number from Ofcom's range for drama (01632 960000 to 960999): never anyone's real number. */
    static String workPhone(int n) {
        return String.format("01632 960%03d", n % 1000);
    }

    /** A work email at the employer's example.org domain, which is reserved and never delivers. */
    static String workEmail(String name, String employerKey) {
        return name.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z ]", "").strip().replace(' ', '.') + "@"
                + employerKey + ".example.org";
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private OrganisationId organisationId(String key) {
        return new OrganisationId(uuid(key));
    }

    /** A stable id from the seed and a record's natural key. */
    private UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("pathway-demo:" + seed + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
