package org.pathway.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.pathway.governance.Accounts;
import org.pathway.governance.Accounts.NewAccount;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.shared.Need;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.FundingSource;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.loading.WorkforceLoader;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The small ICS every {@code @PathwayIntegrationTest} starts with, built once per test context through the modules'
 * public APIs (the workforce facades, as the administrator; governance's {@link Accounts}). It is the tests' own:
 * no demo data. Tests add the people, referrals, cases and listings they need on top, through their module's test
 * mother.
 *
 * <pre>
 * Test ICS
 * ├─ North Locality ─ North PCN ─ Harbour Practice (T10001), Hill Practice (T10002)
 * ├─ South Locality ─ South PCN ─ Quay Practice (T20001)
 * ├─ Test Community Connect (employer) ─ services Test Connect (open, North PCN) and Test Connect 55+
 * │    (boundaried: 55 and over, lonely, North PCN); link workers Test Link Worker (signs in as linkworker) and
 * │    Sam Colleague (as otherlinkworker)
 * ├─ Other Wellbeing Trust (employer) ─ service Other Connect (open, South PCN); link worker Olly Other
 * └─ Test Lunch Club (community provider)
 * </pre>
 *
 * Sign-ins (password {@link #PASSWORD}): admin, icslead and researcher for the ICS; manager, linkworker and
 * otherlinkworker for Test Community Connect; othermanager for Other Wellbeing Trust; referrer at Harbour Practice;
 * provider for Test Lunch Club.
 */
@Component
@ConditionalOnProperty(name = "pathway.test-ics", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TestIcs implements ApplicationRunner {

    public static final String PASSWORD = "pathway-test-Secret1";

    public static final String ICS = "Test ICS";
    public static final String NORTH_LOCALITY = "North Locality";
    public static final String NORTH_PCN = "North PCN";
    public static final String HARBOUR_PRACTICE = "Harbour Practice";
    public static final String HILL_PRACTICE = "Hill Practice";
    public static final String SOUTH_LOCALITY = "South Locality";
    public static final String SOUTH_PCN = "South PCN";
    public static final String QUAY_PRACTICE = "Quay Practice";
    public static final String EMPLOYER = "Test Community Connect";
    public static final String OTHER_EMPLOYER = "Other Wellbeing Trust";
    public static final String PROVIDER = "Test Lunch Club";
    public static final String SERVICE = "Test Connect";
    public static final String OLDER_SERVICE = "Test Connect 55+";
    public static final String OTHER_SERVICE = "Other Connect";
    public static final String LINK_WORKER = "Test Link Worker";
    public static final String COLLEAGUE = "Sam Colleague";
    public static final String OTHER_LINK_WORKER = "Olly Other";
    public static final String OTHER_LINK_WORKER_USERNAME = "otherlinkworker";
    public static final String OTHER_MANAGER_USERNAME = "othermanager";

    private final OrganisationStructure organisations;
    private final ServiceCatalogue services;
    private final PractitionerRegister practitioners;
    private final WorkforceLoader workforceLoader;
    private final Accounts accounts;
    private final UserDetailsService users;

    private OrganisationId ics;
    private OrganisationId northLocality;
    private OrganisationId northPcn;
    private OrganisationId harbourPractice;
    private OrganisationId hillPractice;
    private OrganisationId southPcn;
    private OrganisationId quayPractice;
    private OrganisationId employer;
    private OrganisationId otherEmployer;
    private OrganisationId provider;
    private ServiceId service;
    private ServiceId olderService;
    private ServiceId otherService;
    private PractitionerId linkWorker;
    private PractitionerId colleague;
    private PractitionerId otherLinkWorker;

    public TestIcs(OrganisationStructure organisations, ServiceCatalogue services, PractitionerRegister practitioners,
            WorkforceLoader workforceLoader, Accounts accounts, UserDetailsService users) {
        this.organisations = organisations;
        this.services = services;
        this.practitioners = practitioners;
        this.workforceLoader = workforceLoader;
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The ICS itself is made by a setup administrator who exists only for this call; the rest by the real one.
        ics = as(new PathwayUser(UUID.randomUUID(), "setup", "Setup", Role.ADMINISTRATOR, null, null, true, false),
                () -> organisations.create(new OrganisationCommand(OrganisationKind.ICS, ICS, "QT1", null, null, null,
                        null, "TR1 1AA")));
        account("admin", "Test Administrator", Role.ADMINISTRATOR, ics);
        as(user("admin"), this::build);
    }

    private Void build() {
        northLocality = organisation(OrganisationKind.LOCALITY, NORTH_LOCALITY, null, ics, null);
        northPcn = organisation(OrganisationKind.PCN, NORTH_PCN, "U10001", northLocality, null);
        harbourPractice = organisation(OrganisationKind.GP_PRACTICE, HARBOUR_PRACTICE, "T10001", northPcn, "TR1 2AB");
        hillPractice = organisation(OrganisationKind.GP_PRACTICE, HILL_PRACTICE, "T10002", northPcn, "TR2 4CD");
        OrganisationId southLocality = organisation(OrganisationKind.LOCALITY, SOUTH_LOCALITY, null, ics, null);
        southPcn = organisation(OrganisationKind.PCN, SOUTH_PCN, "U20001", southLocality, null);
        quayPractice = organisation(OrganisationKind.GP_PRACTICE, QUAY_PRACTICE, "T20001", southPcn, "PL1 2EF");
        employer = organisations.create(new OrganisationCommand(OrganisationKind.EMPLOYER, EMPLOYER, null, ics,
                EmployerType.VCSE, Contracting.SUB_CONTRACTED, FundingSource.ARRS, "TR1 3GH",
                "1 Harbour Road, Truro", "01872 555 0100"));
        otherEmployer = organisations.create(new OrganisationCommand(OrganisationKind.EMPLOYER, OTHER_EMPLOYER, null,
                ics, EmployerType.NHS_TRUST, Contracting.DIRECT, FundingSource.NHS_COMMISSIONED, "PL1 3JK"));
        provider = organisation(OrganisationKind.PROVIDER, PROVIDER, null, northLocality, "TR1 4LN");

        service = services.create(new ServiceCommand(SERVICE, employer, AccessModel.OPEN, null, null, null, null, null,
                false, Set.of(northPcn), EngagementModel.RELATIONAL, null, 12, 30,
                "Open to anyone registered with a North PCN practice; a link worker for up to 12 weeks"), user("admin"));
        olderService = services.create(new ServiceCommand(OLDER_SERVICE, employer, AccessModel.BOUNDARIED, 55, null,
                Set.of(Need.LONELINESS), null, null, false, Set.of(northPcn), EngagementModel.RELATIONAL, null, 8,
                25, "For people aged 55 and over who feel lonely, registered with a North PCN practice"), user("admin"));
        otherService = services.create(new ServiceCommand(OTHER_SERVICE, otherEmployer, AccessModel.OPEN, null, null,
                null, null, null, false, Set.of(southPcn), EngagementModel.TRANSACTIONAL, 6, null, 40,
                "Up to six sessions for anyone registered with a South PCN practice"), user("admin"));

        account("manager", "Test Service manager", Role.SERVICE_MANAGER, employer);
        UUID linkWorkerAccount = account("linkworker", "Test Link worker", Role.LINK_WORKER, employer);
        UUID colleagueAccount = account(OTHER_LINK_WORKER_USERNAME, COLLEAGUE, Role.LINK_WORKER, employer);
        account(OTHER_MANAGER_USERNAME, "Other Manager", Role.SERVICE_MANAGER, otherEmployer);
        account("referrer", "Test Referrer", Role.REFERRER, harbourPractice);
        account("provider", "Test Community provider", Role.COMMUNITY_PROVIDER, provider);
        account("icslead", "Test ICS lead", Role.ICS_LEAD, ics);
        account("researcher", "Test Researcher", Role.RESEARCHER, ics);

        // A practitioner's sign-in is linked as the demo links it: through workforce's loader (there is no page for it).
        linkWorker = new PractitionerId(UUID.randomUUID());
        colleague = new PractitionerId(UUID.randomUUID());
        workforceLoader.load(new WorkforceLoader.Batch(List.of(), List.of(), List.of(
                new WorkforceLoader.NewPractitioner(linkWorker, new PractitionerCommand(LINK_WORKER,
                        "Social Prescribing Link Worker", employer, Set.of(service, olderService), BigDecimal.ONE,
                        "01872 555 0111", "test.linkworker@nhs.net"), linkWorkerAccount),
                new WorkforceLoader.NewPractitioner(colleague, new PractitionerCommand(COLLEAGUE,
                        "Community Connector", employer, Set.of(service), new BigDecimal("0.6")), colleagueAccount))));
        otherLinkWorker = practitioners.create(new PractitionerCommand(OTHER_LINK_WORKER, "Health and Wellbeing Coach",
                otherEmployer, Set.of(otherService), new BigDecimal("0.8")), user("admin"));
        return null;
    }

    private OrganisationId organisation(OrganisationKind kind, String name, String ods, OrganisationId parent,
            String postcode) {
        return organisations.create(new OrganisationCommand(kind, name, ods, parent, null, null, null, postcode));
    }

    private UUID account(String username, String displayName, Role role, OrganisationId scope) {
        return accounts.ensureAccount(new NewAccount(username, displayName, null, PASSWORD, role, scope.value()));
    }

    /** The account's user as the facades take them. */
    public PathwayUser user(String username) {
        return (PathwayUser) users.loadUserByUsername(username);
    }

    /** Runs the action signed in as this user, as a request would be (for facades that check the signed-in user). */
    public static <T> T as(PathwayUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public OrganisationId ics() {
        return ics;
    }

    public OrganisationId northLocality() {
        return northLocality;
    }

    public OrganisationId northPcn() {
        return northPcn;
    }

    /** The referrer's practice, in North PCN: both of Test Community Connect's services cover it. */
    public OrganisationId harbourPractice() {
        return harbourPractice;
    }

    public OrganisationId hillPractice() {
        return hillPractice;
    }

    public OrganisationId southPcn() {
        return southPcn;
    }

    /** A practice in South PCN: only Other Wellbeing Trust's service covers it. */
    public OrganisationId quayPractice() {
        return quayPractice;
    }

    /** Test Community Connect: the employer of the manager, the link worker and their colleague. */
    public OrganisationId employer() {
        return employer;
    }

    public OrganisationId otherEmployer() {
        return otherEmployer;
    }

    public OrganisationId provider() {
        return provider;
    }

    /** Test Connect: open, relational (reviews every 12 weeks), cap 30 per full-time practitioner. */
    public ServiceId service() {
        return service;
    }

    /** Test Connect 55+: boundaried (55 and over, loneliness), relational, cap 25. */
    public ServiceId olderService() {
        return olderService;
    }

    /** Other Connect: open, transactional (6 sessions), run by Other Wellbeing Trust. */
    public ServiceId otherService() {
        return otherService;
    }

    /** The practitioner the linkworker account signs in as (full time, both Test Community Connect services). */
    public PractitionerId linkWorker() {
        return linkWorker;
    }

    /** The link worker's colleague at Test Community Connect (0.6 FTE, Test Connect), signs in as otherlinkworker. */
    public PractitionerId colleague() {
        return colleague;
    }

    /** Other Wellbeing Trust's link worker: outside the manager's and link worker's organisation. */
    public PractitionerId otherLinkWorker() {
        return otherLinkWorker;
    }
}
