package org.pathway.engagement.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.pathway.support.SignIns;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralAggregates;
import org.pathway.access.referrals.TestReferrals;
import org.pathway.governance.Accounts;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralSource;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonId;
import org.pathway.shared.Need;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A test mother for cases: referrals accepted for the test ICS's link worker, and the other users who must not see them. */
public class CaseTestSupport {

    public static final String OTHER_LINK_WORKER = "otherlinkworker";
    public static final String OTHER_MANAGER = "othermanager";

    private final JdbcClient jdbc;
    private final SignIns signIns;
    private final Accounts accounts;
    private final TestReferrals referrals;
    private final ReferralAggregates aggregates;
    private final People people;

    public CaseTestSupport(JdbcClient jdbc, UserDetailsService users, Accounts accounts, ReferralAggregates aggregates,
            People people) {
        this.jdbc = jdbc;
        this.signIns = new SignIns(users);
        this.accounts = accounts;
        this.referrals = new TestReferrals(aggregates, people);
        this.aggregates = aggregates;
        this.people = people;
    }

    public static CaseTestSupport from(org.springframework.context.ApplicationContext context) {
        return new CaseTestSupport(context.getBean(JdbcClient.class), context.getBean(UserDetailsService.class),
                context.getBean(Accounts.class), context.getBean(ReferralAggregates.class), context.getBean(People.class));
    }

    public RequestPostProcessor as(String username) {
        return signIns.as(username);
    }

    public PathwayUser user(String username) {
        return signIns.user(username);
    }

    public <T> T signedIn(PathwayUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public UUID organisation(String name) {
        return jdbc.sql("SELECT id FROM workforce.organisation WHERE name = ?").param(name).query(UUID.class).single();
    }

    /** The demo link worker's practitioner record. */
    public UUID linkWorkerPractitioner() {
        return jdbc.sql("""
                SELECT p.id FROM workforce.practitioner p JOIN governance.user_account u ON u.id = p.user_account_id
                WHERE u.username = 'linkworker'""").query(UUID.class).single();
    }

    /** A service the demo link worker works in. */
    public UUID linkWorkerService() {
        return jdbc.sql("""
                SELECT s.service_id FROM workforce.practitioner_service s JOIN workforce.service v ON v.id = s.service_id
                WHERE s.practitioner_id = ? ORDER BY v.name LIMIT 1""").param(linkWorkerPractitioner())
                .query(UUID.class).single();
    }

    /** Another practitioner of the link worker's service, in the same organisation. */
    public UUID colleagueOfLinkWorker() {
        return jdbc.sql("""
                SELECT p.id FROM workforce.practitioner p JOIN workforce.practitioner_service s ON s.practitioner_id = p.id
                WHERE s.service_id = ? AND p.id <> ? AND p.employer_id = (SELECT employer_id FROM workforce.practitioner
                WHERE id = ?) ORDER BY p.name LIMIT 1""").param(linkWorkerService()).param(linkWorkerPractitioner())
                .param(linkWorkerPractitioner()).query(UUID.class).single();
    }

    public Referral referral(String familyName) {
        return referrals.receive(linkWorkerService(), null, familyName, LocalDate.now().minusYears(70),
                Set.of(Need.LONELINESS), Instant.now().minusSeconds(86_400 * 3));
    }

    /** A referral accepted for the demo link worker, and the case it opened. */
    public UUID openCase(String familyName) {
        Referral referral = referral(familyName);
        referrals.accept(referral, linkWorkerPractitioner());
        return awaitCaseFor(referral.referralId().value());
    }

    /**
     * A case of this service (one the link worker works in) for the link worker, about a person registered with
     * these details (how to reach them, their communication needs...): a staff referral for loneliness from the
     * referrer, accepted for the link worker.
     */
    public UUID openCase(UUID service, PersonDetails person) {
        return openCase(service, linkWorkerPractitioner(), person);
    }

    /** A case of this service for this practitioner (one who works in it), about a person with these details. */
    public UUID openCase(UUID service, UUID practitioner, PersonDetails person) {
        UUID personId = people.register(person, "test").person().value();
        Referral referral = Referral.receive(new Referral.Intake(ReferralChannel.STAFF_FORM, ReferralSource.GP,
                personId, service, "referrer", "Dr Referrer", null, null, Set.of(Need.LONELINESS), "Lives alone",
                false, Set.of(), false, true, true, true, true, null), aggregates.nextReference(),
                Instant.now().minusSeconds(3_600), "referrer");
        aggregates.save(referral);
        referrals.accept(referral, practitioner);
        return awaitCaseFor(referral.referralId().value());
    }

    /** The person the case is about. */
    public PersonId personOf(UUID caseId) {
        return new PersonId(jdbc.sql("SELECT person_id FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(UUID.class).single());
    }

    public UUID awaitCaseFor(UUID referralId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            Optional<UUID> id = jdbc.sql("SELECT id FROM engagement.case_episode WHERE referral_id = ?")
                    .param(referralId).query(UUID.class).optional();
            if (id.isPresent()) {
                return id.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No case opened for referral " + referralId);
    }

    public long viewsAudited(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE record_type = 'case' AND action = 'VIEW' "
                + "AND record_id = ?").param(caseId.toString()).query(Long.class).single();
    }
}
