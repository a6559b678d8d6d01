package org.pathway.demo;

import java.util.List;
import java.util.UUID;
import java.time.Clock;
import java.time.LocalDate;
import org.pathway.access.loading.AccessLoader;
import org.pathway.access.ReferralDetails;
import org.pathway.engagement.loading.CaseLoader;
import org.pathway.activities.loading.DirectoryLoader;
import org.pathway.governance.Accounts;
import org.pathway.governance.Accounts.NewAccount;
import org.pathway.governance.Role;
import org.pathway.workforce.loading.WorkforceLoader;
import org.pathway.workforce.loading.WorkforceLoader.Batch;
import org.pathway.workforce.loading.WorkforceLoader.Loaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo ICS once, on first start: by default with the embedded database, or with an external
 * one when {@code pathway.demo-data=true}. Prints the demo sign-ins every start. The ICS is generated from
 * {@code pathway.demo.seed} and {@code pathway.demo.size} and loaded through the workforce module's API; each
 * demo sign-in is scoped to an organisation in it. Two years of referrals and outreach work follow, through the
 * access module's loader, at {@code pathway.demo.activity-scale} (1.0, about 30,000 referrals a year), then the
 * casework on the accepted referrals through the engagement module's loader.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "pathway-demo";
    static final long DEFAULT_SEED = 20200401L;
    /** Directory listings per ICS: about 1,000 in the seeds' ICS, and 100,000 across England's 42. */
    static final int ICS_LISTINGS = 1_000;
    static final int NATIONAL_LISTINGS_PER_ICS = 2_400;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Environment env;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Accounts accounts;
    private final WorkforceLoader workforce;
    private final AccessLoader access;
    private final org.pathway.engagement.loading.OutcomesLoader outcomes;
    private final Clock clock;
    private final CaseLoader caseLoader;
    private final ReferralDetails referralDetails;
    private final DirectoryLoader directory;

    DemoDataLoader(Environment env, JdbcClient jdbc, TransactionTemplate tx, Accounts accounts,
            WorkforceLoader workforce, AccessLoader access, Clock clock, CaseLoader caseLoader,
            ReferralDetails referralDetails, org.pathway.engagement.loading.OutcomesLoader outcomes, DirectoryLoader directory) {
        this.caseLoader = caseLoader;
        this.referralDetails = referralDetails;
        this.outcomes = outcomes;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
        this.env = env;
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.workforce = workforce;
    }

    private org.pathway.activities.loading.ConnectionsLoader connectionsLoader;
    private org.pathway.people.People people;

    /** Connections and unmet needs (set apart from the constructor, to keep merges of this file additive). */
    @org.springframework.beans.factory.annotation.Autowired
    void connections(org.pathway.activities.loading.ConnectionsLoader connectionsLoader, org.pathway.people.People people) {
        this.connectionsLoader = connectionsLoader;
        this.people = people;
    }

    private org.pathway.workforce.loading.WorkforceHistoryLoader workforceHistory;

    private org.pathway.partnerships.loading.AgreementsLoader agreements;

    /** The practitioners' training, supervision, equipment, profiles and pulse; the ICS's agreements. */
    @org.springframework.beans.factory.annotation.Autowired
    void workforceHistory(org.pathway.workforce.loading.WorkforceHistoryLoader workforceHistory,
            org.pathway.partnerships.loading.AgreementsLoader agreements) {
        this.workforceHistory = workforceHistory;
        this.agreements = agreements;
    }

    private org.pathway.partnerships.loading.PeerSupportLoader peerSupport;

    /** The ICS's peer-support groups, forums and community builders. */
    @org.springframework.beans.factory.annotation.Autowired
    void peerSupport(org.pathway.partnerships.loading.PeerSupportLoader peerSupport) {
        this.peerSupport = peerSupport;
    }

    record DemoLogin(String username, Role role) {}

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", Role.ADMINISTRATOR),
            new DemoLogin("manager", Role.SERVICE_MANAGER),
            new DemoLogin("linkworker", Role.LINK_WORKER),
            new DemoLogin("referrer", Role.REFERRER),
            new DemoLogin("provider", Role.COMMUNITY_PROVIDER),
            new DemoLogin("icslead", Role.ICS_LEAD),
            new DemoLogin("researcher", Role.RESEARCHER));

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = env.getProperty("spring.datasource.url", "").isBlank();
        if (!env.getProperty("pathway.demo-data", Boolean.class, embedded)) {
            return;
        }
        long seed = env.getProperty("pathway.demo.seed", Long.class, DEFAULT_SEED);
        String size = env.getProperty("pathway.demo.size", "ics");
        boolean loaded = jdbc.sql("SELECT count(*) FROM platform.demo_dataset WHERE name = 'ics'")
                .query(Long.class).single() > 0;
        if (!loaded) {
            log.info("Loading the demo (size {}, seed {}) ...", size, seed);
            List<DemoIcs> icss = DemoIcsGenerator.generateAll(seed, DemoSize.named(size));
            // The first ICS holds the demo sign-ins; each ICS is loaded in a transaction of its own, so the national
            // size (42 ICSs, about 2.6 million referrals) never holds one huge transaction or all of it in memory.
            for (int i = 0; i < icss.size(); i++) {
                int number = i;
                if (alreadyLoaded(icss.get(number))) {
                    // A load stopped part-way (a national load takes an hour) resumes after the last whole ICS.
                    log.info("Demo ICS {} of {} was loaded before", number + 1, icss.size());
                    continue;
                }
                tx.executeWithoutResult(status -> loadIcs(icss.get(number), DemoIcsGenerator.icsSeed(seed, number),
                        number == 0, icss.size() > 1 ? NATIONAL_LISTINGS_PER_ICS : ICS_LISTINGS));
                if (icss.size() > 1) {
                    log.info("Demo ICS {} of {} loaded", number + 1, icss.size());
                }
            }
            jdbc.sql("INSERT INTO platform.demo_dataset (name, size, seed) VALUES ('ics', ?, ?)")
                    .params(size, seed).update();
        }
        printLogins();
    }

    private boolean alreadyLoaded(DemoIcs ics) {
        return jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE id = ?").param(ics.ics().value())
                .query(Long.class).single() > 0;
    }

    /** One ICS: its workforce (and the demo sign-ins in the first), two years of referrals, casework, directory. */
    private void loadIcs(DemoIcs ics, long seed, boolean withSignIns, int defaultListings) {
        Loaded workforceLoaded = workforce.load(ics.workforce());
        List<org.pathway.workforce.loading.WorkforceLoader.NewPractitioner> linkWorkers = new java.util.ArrayList<>();
        if (withSignIns) {
            for (DemoLogin login : LOGINS) {
                String displayName = "Demo " + login.role().label();
                UUID account = accounts.ensureAccount(new NewAccount(login.username(), displayName,
                        null, PASSWORD, login.role(), ics.scopeFor(login.role()).value()));
                if (login.role() == Role.LINK_WORKER) {
                    linkWorkers.add(ics.linkWorker(account, displayName));
                }
            }
        } else {
            linkWorkers.add(ics.linkWorker(null, "Link worker of " + ics.ics()));
        }
        // the link worker's own record, and the partner organisations the ICS's agreements name
        workforce.load(new Batch(DemoAgreements.partners(ics), List.of(), linkWorkers));
        double scale = env.getProperty("pathway.demo.activity-scale", Double.class, 1.0);
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(DemoActivityGenerator.ZONE));
        var history = workforceHistory.load(DemoWorkforceHistory.generate(seed, ics, linkWorkers, today,
                workforceHistory));
        int agreementsLoaded = agreements.load(DemoAgreements.generate(seed, ics, today));
        log.info("Demo agreements loaded: {}", agreementsLoaded);
        var peer = peerSupport.load(DemoPeerSupport.generate(seed, ics, linkWorkers, today));
        log.info("Demo peer support loaded: {} groups, {} memberships, {} meetings, {} attendances", peer.groups(),
                peer.memberships(), peer.meetings(), peer.attendances());
        log.info("Demo workforce history loaded in {} ms: {} training completions, {} supervision sessions, {} items "
                + "of equipment, {} profiles, {} champions, {} pulse answers, {} weeks of time use",
                (System.nanoTime() - started) / 1_000_000, history.completions(), history.sessions(),
                history.provisions(), history.profiles(), history.champions(), history.pulses(), history.timeUseWeeks());
        started = System.nanoTime();
        AccessLoader.Batch accessBatch = DemoActivityGenerator.generate(seed, ics, scale, today,
                "Demo " + Role.REFERRER.label(), linkWorkers.get(0).userAccountId());
        AccessLoader.Loaded activity = access.load(accessBatch);
        log.info("Demo access activity loaded in {} ms (scale {}): {} people, {} referrals, {} status changes, "
                + "{} outreach lists, {} welfare checks, {} welfare contacts",
                (System.nanoTime() - started) / 1_000_000, scale, activity.people(), activity.referrals(),
                activity.statusChanges(), activity.outreachLists(), activity.welfareChecks(),
                activity.welfareContacts());
        started = System.nanoTime();
        List<UUID> services = ics.workforce().services().stream().map(s -> s.id().value()).toList();
        CaseLoader.Loaded cases = caseLoader.load(DemoCaseGenerator.generate(seed, ics, today,
                referralDetails.accepted(services), "demo"));
        log.info("Demo casework loaded in {} ms: {} cases, {} contacts and attempts, {} notes, {} tasks",
                (System.nanoTime() - started) / 1_000_000, cases.cases(), cases.contacts(), cases.notes(),
                cases.tasks());
        // Plans, measures and closure messages for the cases just loaded (those without any yet).
        started = System.nanoTime();
        var outcomesLoaded = outcomes.load(DemoOutcomeGenerator.generate(seed, today, outcomes.casesWithoutOutcomes(),
                "Demo link worker"));
        log.info("Demo outcomes loaded in {} ms: {} cases, {} measures, {} goals, {} messages to GPs",
                (System.nanoTime() - started) / 1_000_000, outcomesLoaded.cases(),
                outcomesLoaded.measures(), outcomesLoaded.goals(), outcomesLoaded.messages());
        started = System.nanoTime();
        int listings = env.getProperty("pathway.demo.listings", Integer.class, defaultListings);
        DirectoryLoader.Batch directoryBatch = DemoDirectoryGenerator.generate(seed, ics, listings, today,
                DemoDirectoryGenerator.postcodesOf(ics, accessBatch));
        DirectoryLoader.Loaded directoryLoaded = directory.load(directoryBatch);
        log.info("Demo directory loaded in {} ms: {} organisations, {} listings, {} status changes, {} postcodes",
                (System.nanoTime() - started) / 1_000_000, directoryLoaded.organisations(),
                directoryLoaded.listings(), directoryLoaded.statusChanges(), directoryLoaded.postcodes());
        loadConnections(ics, seed, services, directoryBatch);
        log.info("Demo ICS {} loaded: {} organisations, {} services, {} practitioners", ics.ics(),
                workforceLoaded.organisations(), workforceLoaded.services(), ics.practitionerCount());
    }

    /** Connections in every state for this ICS's cases (the demo link worker's and provider's included), unmet needs. */
    private void loadConnections(DemoIcs ics, long seed, List<UUID> services, DirectoryLoader.Batch directoryBatch) {
        long started = System.nanoTime();
        DemoConnectionsGenerator.Generated generated = DemoConnectionsGenerator.generate(seed, ics, clock.instant(),
                caseLoader.casesOf(services), directoryBatch, "Demo " + Role.LINK_WORKER.label());
        people.recordConsents(generated.consenting().stream().map(org.pathway.people.PersonId::new).toList(),
                org.pathway.people.ConsentPurpose.SHARE_WITH_PROVIDERS, true, generated.consentAt(), "demo");
        var loaded = connectionsLoader.load(generated.batch());
        log.info("Demo connections loaded in {} ms: {} connections, {} status changes, {} unmet needs",
                (System.nanoTime() - started) / 1_000_000, loaded.connections(), loaded.changes(), loaded.unmetNeeds());
    }

    private void printLogins() {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\n  Pathway is running at http://localhost:").append(port)
                .append("/\n  Demo sign-ins (password '").append(PASSWORD).append("'):\n");
        LOGINS.forEach(l -> banner.append(String.format("    %-11s %s%n", l.username(), l.role().label())));
        log.info(banner.toString());
    }
}
