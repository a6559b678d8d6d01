package org.pathway.access.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.access.ReferralId;
import org.pathway.access.ReferralSource;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.people.PersonSummary;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Option;
import org.pathway.workforce.OrganisationId;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Referrals in: the staff form, the public self-referral form, and the referrer's view of what became of
 * the referrals they made. A referral registers (or links to) the person, records their consents and, when
 * the referrer lets the ICS route it, goes to the first service covering the person's practice whose
 * criteria they meet.
 */
interface ReferralIntake {

    String SUBMIT = "hasAuthority('" + Permissions.REFERRALS_SUBMIT + "')";
    String TRACK = "hasAuthority('" + Permissions.REFERRALS_TRACK + "')";

    /** The GP practices of the ICS and the services covering the chosen one, for the staff form. */
    @PreAuthorize(SUBMIT)
    Choices staffChoices(OrganisationId practice);

    /**
     * Checks and sends a staff referral. A form submitted twice (same submission key) is sent once: the second
     * time answers with the first referral. Link workers and managers choose between uncertain matches;
     * referrers never see other people, so for them an uncertain match records a new person. What is wrong with the
     * form is a {@link Refusal}, field by field in the order the form asks.
     */
    @PreAuthorize(SUBMIT)
    StaffOutcome submit(StaffReferral referral, PathwayUser user);

    /** The GP practices a member of the public chooses from. Public: no sign-in. */
    List<Option> practices();

    /**
     * Checks and sends a self-referral. Public: no sign-in, limited per client address. The answer never says
     * whether the person was already known. What is wrong with the form is a {@link Refusal}.
     */
    SelfOutcome selfRefer(SelfReferral referral, String clientAddress);

    /** The referrals this user made, newest first. */
    @PreAuthorize(TRACK)
    Page<MyReferral> referralsBy(PathwayUser user, int page);

    /** One referral this user made, with its history; empty when there is none or another user made it. */
    @PreAuthorize(TRACK)
    Optional<ReferralDetail> referralBy(ReferralId id, PathwayUser user);

    int PAGE_SIZE = 25;

    record ServiceChoice(UUID id, String name, String statement, String model) {}

    record Choices(List<Option> practices, List<ServiceChoice> services) {}

    sealed interface StaffOutcome {}

    /** Sent (or, for a second submission of the same form, already sent). */
    record Sent(ReferralId id, String reference, boolean alreadySent) implements StaffOutcome {}

    /** The person may already be known: a link worker or manager chooses. */
    record ChoosePerson(List<PersonSummary> candidates, List<String> reasons) implements StaffOutcome {}

    sealed interface SelfOutcome {}

    record SelfSent(String reference) implements SelfOutcome {}

    record TooManyAttempts() implements SelfOutcome {}

    /**
     * Where a referral stands for the referrer, through to the end of the work with the person: the referral's own
     * status until it is accepted, then its case's (“Closed”, with the reason and the day). {@code colour} is the
     * NHS tag's colour (green, red...); {@code detail} may be null.
     */
    record Stage(String label, String colour, String detail) {}

    record MyReferral(ReferralId id, String reference, String personName, String serviceName, ReferralStatus status,
            Instant receivedAt, Stage stage) {}

    /** One step of a referral's history; {@code by} is the person as people read it (name, role, organisation). */
    record HistoryStep(Instant at, String what, String by, String reason) {}

    record ReferralDetail(ReferralId id, String reference, PersonSummary person, String serviceName,
            ReferralSource source, ReferralStatus status, Stage stage, Instant receivedAt, List<String> needs,
            String context, String routing, String outcomeReason, List<HistoryStep> history) {}
}
