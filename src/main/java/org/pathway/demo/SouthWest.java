package org.pathway.demo;

import java.util.List;
import java.util.Set;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.FundingSource;

/**
 * The shape of the seeds' Integrated Care System in the South West of England: five localities, 31 PCNs named
 * after the towns they serve, with real postcode districts, and the organisations that employ social
 * prescribers there under every arrangement the seeds describe. Organisation names are invented.
 */
final class SouthWest {

    private SouthWest() {}

    static final String ICS_NAME = "Peninsula Integrated Care System";
    static final String ICS_CODE = "QPN";
    static final String ICS_POSTCODE_DISTRICT = "EX2";

    /** How a PCN holds its social prescribers. */
    enum Arrangement { DIRECT, MIXED, SUB_CONTRACTED }

    record PcnSpec(String name, List<String> towns, List<String> districts, Arrangement arrangement) {}

    record LocalitySpec(String name, List<PcnSpec> pcns) {}

    /** Where a service's practitioners work: their own PCN, the PCNs that sub-contract, whole localities, or the ICS. */
    enum Coverage { OWN_PCN, SUB_CONTRACTING_PCNS, LOCALITIES, WHOLE_ICS }

    /**
     * An employing organisation. A PCN employer is the PCN itself ({@code pcnName}); any other kind is a new
     * organisation under the ICS or a locality ({@code locality} -1 for the ICS).
     */
    record EmployerSpec(String key, String name, String pcnName, EmployerType type, Contracting contracting,
            FundingSource funding, int locality, List<String> titles, int practitionerWeight) {}

    record ServiceSpec(String employerKey, String name, Coverage coverage, List<Integer> localities,
            AccessModel access, Integer minAge, Integer maxAge, Set<Need> needs, Set<Need> excludedNeeds,
            Set<ExclusionFlag> exclusions, boolean readiness, EngagementModel engagement, Integer sessionCap,
            Integer reviewWeeks, int caseloadCap, String statement) {}

    record ProviderSpec(String name, int locality) {}

    static final List<LocalitySpec> LOCALITIES = List.of(
            new LocalitySpec("Cornwall", List.of(
                    pcn("Truro PCN", "Truro", "TR1 TR2 TR3 TR4", Arrangement.DIRECT),
                    pcn("Falmouth and Penryn PCN", "Falmouth,Penryn", "TR10 TR11", Arrangement.MIXED),
                    pcn("Penwith PCN", "Penzance,St Ives", "TR18 TR19 TR20 TR26", Arrangement.SUB_CONTRACTED),
                    pcn("Camborne, Pool and Redruth PCN", "Camborne,Redruth", "TR14 TR15 TR16", Arrangement.SUB_CONTRACTED),
                    pcn("St Austell PCN", "St Austell", "PL25 PL26", Arrangement.SUB_CONTRACTED),
                    pcn("Newquay PCN", "Newquay", "TR7 TR8", Arrangement.SUB_CONTRACTED),
                    pcn("East Cornwall PCN", "Liskeard,Saltash,Looe", "PL14 PL12 PL13", Arrangement.SUB_CONTRACTED),
                    pcn("North Cornwall PCN", "Bude,Launceston,Wadebridge", "EX23 PL15 PL27", Arrangement.SUB_CONTRACTED))),
            new LocalitySpec("Plymouth and West Devon", List.of(
                    pcn("Plymouth North PCN", "Plymouth", "PL5 PL6", Arrangement.DIRECT),
                    pcn("Plymouth Central PCN", "Plymouth", "PL1 PL2 PL4", Arrangement.SUB_CONTRACTED),
                    pcn("Plymouth Waterfront PCN", "Plymouth", "PL1 PL3", Arrangement.SUB_CONTRACTED),
                    pcn("Plymstock PCN", "Plymstock", "PL9", Arrangement.SUB_CONTRACTED),
                    pcn("Plympton PCN", "Plympton", "PL7", Arrangement.SUB_CONTRACTED),
                    pcn("Tavistock and Tamar PCN", "Tavistock", "PL19 PL20", Arrangement.SUB_CONTRACTED),
                    pcn("Ivybridge and Moorland PCN", "Ivybridge", "PL21 PL8", Arrangement.SUB_CONTRACTED))),
            new LocalitySpec("Exeter and East Devon", List.of(
                    pcn("Exeter City PCN", "Exeter", "EX1 EX2 EX4", Arrangement.DIRECT),
                    pcn("Exeter West PCN", "Exeter", "EX2 EX4", Arrangement.SUB_CONTRACTED),
                    pcn("Exmouth PCN", "Exmouth", "EX8", Arrangement.SUB_CONTRACTED),
                    pcn("Sidmouth and Ottery PCN", "Sidmouth,Ottery St Mary", "EX10 EX11", Arrangement.SUB_CONTRACTED),
                    pcn("Honiton and Axe Valley PCN", "Honiton,Axminster,Seaton", "EX14 EX13 EX12", Arrangement.SUB_CONTRACTED),
                    pcn("Mid Devon PCN", "Tiverton", "EX16", Arrangement.SUB_CONTRACTED),
                    pcn("Culm Valley PCN", "Cullompton", "EX15", Arrangement.SUB_CONTRACTED),
                    pcn("Crediton PCN", "Crediton", "EX17", Arrangement.SUB_CONTRACTED))),
            new LocalitySpec("Torbay and South Devon", List.of(
                    pcn("Torquay PCN", "Torquay", "TQ1 TQ2", Arrangement.SUB_CONTRACTED),
                    pcn("Paignton and Brixham PCN", "Paignton,Brixham", "TQ3 TQ4 TQ5", Arrangement.SUB_CONTRACTED),
                    pcn("Newton Abbot PCN", "Newton Abbot", "TQ12", Arrangement.SUB_CONTRACTED),
                    pcn("Teignmouth and Dawlish PCN", "Teignmouth,Dawlish", "TQ14 EX7", Arrangement.SUB_CONTRACTED),
                    pcn("Totnes and South Hams PCN", "Totnes,Kingsbridge,Dartmouth", "TQ9 TQ7 TQ6", Arrangement.SUB_CONTRACTED))),
            // The locality with no coordinating VCSE organisation: its three PCNs sub-contract to an NHS trust.
            new LocalitySpec("Northern Devon", List.of(
                    pcn("Barnstaple PCN", "Barnstaple", "EX31 EX32", Arrangement.SUB_CONTRACTED),
                    pcn("Bideford and Torridge PCN", "Bideford,Great Torrington,Holsworthy", "EX39 EX38 EX22", Arrangement.SUB_CONTRACTED),
                    pcn("North Devon Coast PCN", "Ilfracombe,Braunton", "EX34 EX33", Arrangement.SUB_CONTRACTED))));

    /** The organisation each locality's sub-contracting PCNs use, by locality index. */
    static final List<String> SUB_CONTRACTORS = List.of("kernow", "tamar", "exe", "bay", "moors");

    static final List<EmployerSpec> EMPLOYERS = List.of(
            new EmployerSpec("kernow", "Kernow Community Connect", null, EmployerType.VCSE, Contracting.SUB_CONTRACTED,
                    FundingSource.ARRS, 0, List.of("Social Prescribing Link Worker", "Link Worker", "Community Connector",
                    "Social Prescriber"), 15),
            new EmployerSpec("tamar", "Tamar Wellbeing Alliance", null, EmployerType.VCSE, Contracting.SUB_CONTRACTED,
                    FundingSource.ARRS, 1, List.of("Community Connector", "Community Link Worker", "Link Worker"), 10),
            new EmployerSpec("exe", "Exe Valley Voluntary Action", null, EmployerType.VCSE, Contracting.SUB_CONTRACTED,
                    FundingSource.ARRS, 2, List.of("Social Prescriber", "Link Worker", "Community Navigator"), 8),
            new EmployerSpec("bay", "Bay Community Wellbeing Trust", null, EmployerType.VCSE, Contracting.SUB_CONTRACTED,
                    FundingSource.MIXED, 3, List.of("Social Prescribing Link Worker", "Community Connector",
                    "Care Navigator"), 8),
            new EmployerSpec("moors", "Northern Moors NHS Foundation Trust", null, EmployerType.NHS_TRUST,
                    Contracting.SUB_CONTRACTED, FundingSource.ARRS, 4, List.of("Community Connector", "Health Connector"), 7),
            // Well-being coordinators in post before the PCN scheme, funded through other routes.
            new EmployerSpec("wbc", "Devon Wellbeing Coordinators Network", null, EmployerType.VCSE, Contracting.DIRECT,
                    FundingSource.CHARITABLE, 3, List.of("Well-being Coordinator"), 11),
            new EmployerSpec("council", "Peninsula County Council", null, EmployerType.LOCAL_AUTHORITY,
                    Contracting.DIRECT, FundingSource.LOCAL_AUTHORITY, -1, List.of("Community Navigator",
                    "Wellbeing Advisor"), 5),
            new EmployerSpec("coastline", "Coastline Homes", null, EmployerType.OTHER, Contracting.SUB_CONTRACTED,
                    FundingSource.MIXED, -1, List.of("Wellbeing Advisor", "Community Link Worker"), 4),
            new EmployerSpec("truro", null, "Truro PCN", EmployerType.PCN, Contracting.DIRECT, FundingSource.ARRS, 0,
                    List.of("Social Prescribing Link Worker", "Social Prescriber", "Care Navigator"), 5),
            new EmployerSpec("plymouth-north", null, "Plymouth North PCN", EmployerType.PCN, Contracting.DIRECT,
                    FundingSource.ARRS, 1, List.of("Social Prescribing Link Worker", "Social Prescriber"), 4),
            new EmployerSpec("exeter-city", null, "Exeter City PCN", EmployerType.PCN, Contracting.DIRECT,
                    FundingSource.ARRS, 2, List.of("Social Prescribing Link Worker", "Care Navigator"), 4),
            new EmployerSpec("falmouth", null, "Falmouth and Penryn PCN", EmployerType.PCN, Contracting.MIXED,
                    FundingSource.ARRS, 0, List.of("Health and Wellbeing Coach"), 4));

    /** The organisation the demo service manager and link worker work for: a VCSE running two services. */
    static final String MANAGED_EMPLOYER = "kernow";

    static final List<ServiceSpec> SERVICES = List.of(
            service("kernow", "Kernow Social Prescribing", Coverage.SUB_CONTRACTING_PCNS, List.of(), AccessModel.OPEN,
                    null, null, Set.of(), Set.of(), Set.of(), false, EngagementModel.RELATIONAL, null, 12, 40,
                    "For anyone registered with a GP practice in our PCNs who would like support with what matters to "
                            + "them. We work with each person for as long as it helps, and review progress every 12 weeks."),
            service("kernow", "Connect 55+", Coverage.LOCALITIES, List.of(0), AccessModel.BOUNDARIED, 55, null,
                    Set.of(Need.LONELINESS), Set.of(), Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS), false,
                    EngagementModel.TRANSACTIONAL, 6, null, 30,
                    "For people aged 55 and over in Cornwall who feel lonely or isolated. Up to six sessions to find "
                            + "groups and activities nearby. Not for people in mental-health crisis: refer to the crisis team."),
            service("tamar", "Plymouth Community Connectors", Coverage.SUB_CONTRACTING_PCNS, List.of(),
                    AccessModel.OPEN, null, null, Set.of(), Set.of(), Set.of(), false, EngagementModel.RELATIONAL, null,
                    8, 35, "Open to anyone registered with our PCNs, with any need. Connectors meet people where they are "
                            + "and review their plan every eight weeks."),
            service("exe", "East Devon Social Prescribing", Coverage.SUB_CONTRACTING_PCNS, List.of(), AccessModel.OPEN,
                    null, null, Set.of(), Set.of(), Set.of(), false, EngagementModel.TRANSACTIONAL, 6, null, 45,
                    "Open to anyone, any need. Up to six sessions with a social prescriber to agree next steps and "
                            + "connect with local support."),
            service("bay", "Torbay Social Prescribing", Coverage.SUB_CONTRACTING_PCNS, List.of(), AccessModel.OPEN, null,
                    null, Set.of(), Set.of(), Set.of(), false, EngagementModel.RELATIONAL, null, 12, 40,
                    "For anyone registered in Torbay and South Devon. Support lasts as long as it is useful, with a "
                            + "review every 12 weeks."),
            service("moors", "Northern Devon Community Connectors", Coverage.SUB_CONTRACTING_PCNS, List.of(),
                    AccessModel.OPEN, null, null, Set.of(), Set.of(), Set.of(), false, EngagementModel.RELATIONAL, null,
                    12, 35, "Provided by the NHS trust for the three PCNs of Northern Devon: anyone, any need, reviewed "
                            + "every 12 weeks."),
            service("wbc", "Wellbeing Coordinators", Coverage.LOCALITIES, List.of(2, 3), AccessModel.BOUNDARIED, 18, null,
                    Set.of(Need.LONG_TERM_CONDITION, Need.LONELINESS, Need.LOW_MOOD_ANXIETY), Set.of(),
                    Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS), false, EngagementModel.RELATIONAL, null, 8, 25,
                    "For adults living with a long-term condition, loneliness or low mood. Coordinators work alongside "
                            + "people for as long as needed, reviewing every eight weeks."),
            service("council", "Money and Housing Navigation", Coverage.WHOLE_ICS, List.of(), AccessModel.BOUNDARIED, 18,
                    null, Set.of(Need.MONEY_DEBT_BENEFITS, Need.HOUSING), Set.of(), Set.of(), false,
                    EngagementModel.TRANSACTIONAL, 4, null, 50,
                    "For adults worried about money, debt, benefits or housing. Up to four sessions of advice and "
                            + "referral to specialist services."),
            service("coastline", "Tenancy Wellbeing", Coverage.LOCALITIES, List.of(1, 3), AccessModel.BOUNDARIED, 18,
                    null, Set.of(Need.HOUSING, Need.LONELINESS), Set.of(),
                    Set.of(ExclusionFlag.RISK_OF_HARM_TO_OTHERS), false, EngagementModel.RELATIONAL, null, 6, 30,
                    "For tenants whose housing or isolation affects their wellbeing. Relational support, reviewed every "
                            + "six weeks."),
            service("truro", "Truro PCN Social Prescribing", Coverage.OWN_PCN, List.of(), AccessModel.OPEN, null, null,
                    Set.of(), Set.of(), Set.of(), false, EngagementModel.RELATIONAL, null, 12, 40,
                    "Our practices' own link workers: for any patient, any need, reviewed every 12 weeks."),
            service("plymouth-north", "Plymouth North Social Prescribing", Coverage.OWN_PCN, List.of(), AccessModel.OPEN,
                    null, null, Set.of(), Set.of(), Set.of(), false, EngagementModel.TRANSACTIONAL, 6, null, 50,
                    "For any patient of our practices: up to six sessions with a social prescribing link worker."),
            service("exeter-city", "Exeter City Social Prescribing", Coverage.OWN_PCN, List.of(), AccessModel.OPEN, null,
                    null, Set.of(), Set.of(), Set.of(), false, EngagementModel.RELATIONAL, null, 10, 40,
                    "For any patient of Exeter City PCN: open-ended support, reviewed every ten weeks."),
            service("falmouth", "Health and Wellbeing Coaching", Coverage.OWN_PCN, List.of(), AccessModel.BOUNDARIED, 18,
                    null, Set.of(Need.LONG_TERM_CONDITION, Need.PHYSICAL_ACTIVITY, Need.HEALTHY_WEIGHT), Set.of(),
                    Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS, ExclusionFlag.ACTIVE_SUBSTANCE_DEPENDENCE), true,
                    EngagementModel.TRANSACTIONAL, 8, null, 35,
                    "Coaching for adults who are ready to set and work on their own health goals: up to eight sessions."));

    static final List<ProviderSpec> PROVIDERS = List.of(
            new ProviderSpec("Penwith Men's Shed", 0),
            new ProviderSpec("Kernow Digital Buddies", 0),
            new ProviderSpec("Tamar Valley Walking for Health", 1),
            new ProviderSpec("Plymouth Money Advice Centre", 1),
            new ProviderSpec("Exeter Arts Together", 2),
            new ProviderSpec("Otter Valley Community Allotments", 2),
            new ProviderSpec("Dartmoor Nature Connections", 3),
            new ProviderSpec("Bay Community Choir", 3),
            new ProviderSpec("Torridge Befriending Circle", 4),
            new ProviderSpec("Taw Valley Memory Café", 4));

    /** Words for practice names, with the towns a PCN serves: "Harbour Surgery", "Truro Health Centre". */
    static final List<String> PRACTICE_FEATURES = List.of("Harbour", "Riverside", "Quay", "Castle", "Abbey", "Priory",
            "Chapel Street", "Fore Street", "Market Place", "Moorview", "Park View", "Station Road", "Church View",
            "Bay View", "Westbourne", "Springfield", "Highfield", "Orchard", "Beacon", "Cliff Road", "Lighthouse",
            "Old School", "Mill House", "St Mary's", "St Thomas", "Woodland", "Harbourside", "Clifton", "Moorland",
            "Coastal", "Estuary", "Granite", "Valley", "Bridge Street", "Greenbank", "Seaview", "Hillside", "Meadow");

    static final List<String> PRACTICE_SUFFIXES = List.of("Surgery", "Medical Practice", "Medical Centre",
            "Health Centre", "Family Practice");

    /**
     * Given names and surnames common in the South West of England (datafaker's en-GB locale has no names of its
     * own and falls back to American ones), with Cornish and Devon surnames among them.
     */
    static final String[] GIVEN_NAMES = {"Amelia", "Olivia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily",
            "Chloe", "Hannah", "Megan", "Charlotte", "Lucy", "Ellie", "Jessica", "Rebecca", "Sarah", "Emma", "Laura",
            "Rachel", "Helen", "Claire", "Joanne", "Nicola", "Karen", "Susan", "Julie", "Alison", "Tamsin", "Morwenna",
            "Demelza", "Kerensa", "Jenna", "Bethany", "Zoe", "Priya", "Aisha", "Fatima", "Oliver", "George", "Harry",
            "Jack", "Jacob", "Charlie", "Thomas", "James", "William", "Daniel", "Matthew", "Samuel", "Joseph", "Luke",
            "Benjamin", "Adam", "Ryan", "David", "Mark", "Paul", "Andrew", "Richard", "Stephen", "Simon", "Peter",
            "Michael", "Christopher", "Gareth", "Jago", "Tristan", "Kieran", "Callum", "Ravi", "Mohammed", "Tomasz"};

    static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
            "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
            "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper",
            "Hill", "Ward", "Morris", "Moore", "Clark", "Baker", "Harrison", "King", "Morgan", "Allen", "Scott",
            "Trelawny", "Pascoe", "Penrose", "Nancarrow", "Tregenza", "Trevithick", "Polglase", "Rowe", "Chenoweth",
            "Jago", "Hocking", "Pengelly", "Tremayne", "Curnow", "Bolitho", "Kitto", "Luscombe", "Heard", "Tucker",
            "Chudleigh", "Widdicombe", "Passmore", "Northcott", "Squire", "Coombe", "Yeo", "Endacott", "Mudge",
            "Ahmed", "Khan", "Kowalski", "Nowak", "O'Brien", "Murphy", "Campbell", "Stewart", "MacDonald"};

    private static PcnSpec pcn(String name, String towns, String districts, Arrangement arrangement) {
        return new PcnSpec(name, List.of(towns.split(",")), List.of(districts.split(" ")), arrangement);
    }

    private static ServiceSpec service(String employerKey, String name, Coverage coverage, List<Integer> localities,
            AccessModel access, Integer minAge, Integer maxAge, Set<Need> needs, Set<Need> excludedNeeds,
            Set<ExclusionFlag> exclusions, boolean readiness, EngagementModel engagement, Integer sessionCap,
            Integer reviewWeeks, int caseloadCap, String statement) {
        return new ServiceSpec(employerKey, name, coverage, localities, access, minAge, maxAge, needs, excludedNeeds,
                exclusions, readiness, engagement, sessionCap, reviewWeeks, caseloadCap, statement);
    }
}
