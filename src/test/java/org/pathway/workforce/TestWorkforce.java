package org.pathway.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.support.TestIcs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The workforce test mother: what the workforce pages' tests need beyond the {@link TestIcs}, built once per test
 * context, after the test ICS, by its administrator through the workforce facades. Only contexts that ask for it
 * ({@code pathway.test-workforce=true}, see {@link #PROPERTY}) get it, since it adds localities, PCNs, services and
 * practitioners that other tests would otherwise count.
 *
 * <pre>
 * Test ICS (from TestIcs: North and South Locality, 2 PCNs, 3 practices, 3 services, 3 practitioners)
 * ├─ West Locality ─ Estuary PCN (an employing PCN) ─ Estuary Surgery (T30001), Creek Surgery (T30002);
 * │    Estuary PCN runs Estuary PCN Social Prescribing (open, relational, for Estuary PCN)
 * ├─ East Locality ─ Paged PCN 01 … Paged PCN 24 (enough PCNs for a second page of 25)
 * ├─ Central Locality
 * ├─ Coastal Coordinators Network (employer) ─ 24 Well-being Coordinators (enough practitioners for a second page)
 * ├─ Harbour Homes (employer: other, sub-contracted, charitable) ─ runs nothing
 * └─ Test Money Advice: run by Other Wellbeing Trust for the whole ICS (no area), boundaried (money or housing,
 *      not in a severe mental-health crisis), transactional (4 sessions)
 * </pre>
 */
@Component
@ConditionalOnProperty(name = "pathway.test-workforce", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class TestWorkforce implements ApplicationRunner {

    /** The property a test context sets to get this data: {@code @TestPropertySource(properties = PROPERTY)}. */
    public static final String PROPERTY = "pathway.test-workforce=true";

    public static final String WEST_LOCALITY = "West Locality";
    public static final String EAST_LOCALITY = "East Locality";
    public static final String CENTRAL_LOCALITY = "Central Locality";
    /** The test ICS's two localities and these three. */
    public static final int LOCALITIES = 5;

    public static final String ESTUARY_PCN = "Estuary PCN";
    public static final String ESTUARY_SURGERY = "Estuary Surgery";
    public static final String CREEK_SURGERY = "Creek Surgery";
    public static final String ESTUARY_SERVICE = "Estuary PCN Social Prescribing";
    /** "Paged PCN 01" to "Paged PCN 24". */
    public static final int PAGED_PCNS = 24;
    /** The test ICS's two PCNs, Estuary PCN and the paged ones. */
    public static final int PCNS = 2 + 1 + PAGED_PCNS;

    public static final String COORDINATORS = "Coastal Coordinators Network";
    public static final String COORDINATOR_TITLE = "Well-being Coordinator";
    public static final int COORDINATOR_COUNT = 24;

    public static final String HOMES = "Harbour Homes";
    public static final String MONEY_SERVICE = "Test Money Advice";

    private final TestIcs ics;
    private final OrganisationStructure organisations;
    private final ServiceCatalogue services;
    private final PractitionerRegister practitioners;

    private OrganisationId westLocality;
    private OrganisationId estuaryPcn;
    private OrganisationId estuarySurgery;
    private List<OrganisationId> pagedPcns;
    private OrganisationId coordinators;
    private OrganisationId homes;
    private ServiceId estuaryService;
    private ServiceId moneyService;

    public TestWorkforce(TestIcs ics, OrganisationStructure organisations, ServiceCatalogue services,
            PractitionerRegister practitioners) {
        this.ics = ics;
        this.organisations = organisations;
        this.services = services;
        this.practitioners = practitioners;
    }

    @Override
    public void run(ApplicationArguments args) {
        TestIcs.as(ics.user("admin"), this::build);
    }

    private Void build() {
        var admin = ics.user("admin");
        westLocality = organisation(OrganisationKind.LOCALITY, WEST_LOCALITY, null, ics.ics(), null);
        OrganisationId eastLocality = organisation(OrganisationKind.LOCALITY, EAST_LOCALITY, null, ics.ics(), null);
        organisation(OrganisationKind.LOCALITY, CENTRAL_LOCALITY, null, ics.ics(), null);

        estuaryPcn = organisations.create(new OrganisationCommand(OrganisationKind.PCN, ESTUARY_PCN, "U30001",
                westLocality, EmployerType.PCN, Contracting.DIRECT, FundingSource.ARRS, "TR11 1AA"));
        estuarySurgery = organisation(OrganisationKind.GP_PRACTICE, ESTUARY_SURGERY, "T30001", estuaryPcn, "TR11 2BB");
        organisation(OrganisationKind.GP_PRACTICE, CREEK_SURGERY, "T30002", estuaryPcn, "TR11 3CC");
        pagedPcns = new ArrayList<>();
        for (int i = 1; i <= PAGED_PCNS; i++) {
            pagedPcns.add(organisation(OrganisationKind.PCN, pagedPcn(i), "U4%04d".formatted(i), eastLocality, null));
        }

        coordinators = organisations.create(new OrganisationCommand(OrganisationKind.EMPLOYER, COORDINATORS, null,
                ics.ics(), EmployerType.VCSE, Contracting.SUB_CONTRACTED, FundingSource.CHARITABLE, "TR12 1DD"));
        homes = organisations.create(new OrganisationCommand(OrganisationKind.EMPLOYER, HOMES, null, ics.ics(),
                EmployerType.OTHER, Contracting.SUB_CONTRACTED, FundingSource.CHARITABLE, "TR12 2EE"));

        estuaryService = services.create(new ServiceCommand(ESTUARY_SERVICE, estuaryPcn, AccessModel.OPEN, null, null,
                null, null, null, false, Set.of(estuaryPcn), EngagementModel.RELATIONAL, null, 12, 30,
                "Open to anyone registered with an Estuary PCN practice"), admin);
        moneyService = services.create(new ServiceCommand(MONEY_SERVICE, ics.otherEmployer(), AccessModel.BOUNDARIED,
                null, null, Set.of(Need.MONEY_DEBT_BENEFITS, Need.HOUSING), null, Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS),
                false, Set.of(), EngagementModel.TRANSACTIONAL, 4, null, 40,
                "Up to four sessions of money and housing advice, for anyone in the ICS"), admin);

        for (int i = 1; i <= COORDINATOR_COUNT; i++) {
            practitioners.create(new PractitionerCommand("Coordinator %02d".formatted(i), COORDINATOR_TITLE,
                    coordinators, Set.of(), new BigDecimal("0.5")), admin);
        }
        return null;
    }

    private OrganisationId organisation(OrganisationKind kind, String name, String ods, OrganisationId parent,
            String postcode) {
        return organisations.create(new OrganisationCommand(kind, name, ods, parent, null, null, null, postcode));
    }

    /** The name of the i-th paged PCN, 1 to {@link #PAGED_PCNS}. */
    public static String pagedPcn(int i) {
        return "Paged PCN %02d".formatted(i);
    }

    public OrganisationId westLocality() {
        return westLocality;
    }

    /** An employing PCN with two practices, running its own service. */
    public OrganisationId estuaryPcn() {
        return estuaryPcn;
    }

    public OrganisationId estuarySurgery() {
        return estuarySurgery;
    }

    public List<OrganisationId> pagedPcns() {
        return pagedPcns;
    }

    /** The employer of the {@value #COORDINATOR_COUNT} Well-being Coordinators; it runs no service. */
    public OrganisationId coordinators() {
        return coordinators;
    }

    /** An employer that runs no service and employs no one. */
    public OrganisationId homes() {
        return homes;
    }

    public ServiceId estuaryService() {
        return estuaryService;
    }

    /** ICS-wide (no area), boundaried with an exclusion, transactional with 4 sessions; run by Other Wellbeing Trust. */
    public ServiceId moneyService() {
        return moneyService;
    }
}
