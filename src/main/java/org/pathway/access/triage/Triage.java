package org.pathway.access.triage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkDates;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.ServiceRef;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Triage, the feature's facade (only its own pages call it, so it is not module API): each service's queue of
 * referrals and the decisions on them. Scoped in every query: a link worker
 * works the queues of the services on their practitioner record, a service manager those of their
 * organisation's services. A service or referral outside the user's scope is {@link NotFound}. A decision the
 * referral's state or the input does not allow is a {@link Refusal}, its field the input at fault.
 */
interface Triage {

    String TRIAGE = "hasAuthority('" + Permissions.REFERRALS_TRIAGE + "')";

    /** The services the user may triage, with how many referrals are new, waiting and overdue in each. */
    @PreAuthorize(TRIAGE)
    List<ServiceQueue> queues(PathwayUser user);

    /** One page of a service's queue, oldest first: new referrals ({@code RECEIVED}) or the waiting list. */
    @PreAuthorize(TRIAGE)
    default QueuePage queue(ServiceId service, ReferralStatus status, int page, PathwayUser user) {
        return queue(service, status, null, page, user);
    }

    /**
     * As {@link #queue(ServiceId, ReferralStatus, int, PathwayUser)}, narrowed to the referrals whose person's name or
     * whose reference contains {@code search} (ignoring case); a blank search narrows nothing. The counts of the
     * lists stay those of the whole queue; the page's total is that of the matches.
     */
    @PreAuthorize(TRIAGE)
    QueuePage queue(ServiceId service, ReferralStatus status, String search, int page, PathwayUser user);

    /** A referral with the person, the evaluation of the service's criteria and the choices for each action. */
    @PreAuthorize(TRIAGE)
    ReferralView referral(ReferralId id, PathwayUser user);

    /** The access-shift measure and the time to first action over the last {@link Figures#days()} days. */
    @PreAuthorize(TRIAGE)
    Figures figures(ServiceId service, PathwayUser user);

    /** Accepts and allocates; outside the service's criteria only with a reason. */
    @PreAuthorize(TRIAGE)
    void accept(ReferralId id, PractitionerId practitioner, String outsideCriteriaReason, PathwayUser user);

    /** Declines with the reason the referrer is told. */
    @PreAuthorize(TRIAGE)
    void decline(ReferralId id, String reason, PathwayUser user);

    /** Redirects to one of the services whose criteria the person meets; returns the new referral's reference. */
    @PreAuthorize(TRIAGE)
    String redirect(ReferralId id, ServiceId toService, String reason, PathwayUser user);

    @PreAuthorize(TRIAGE)
    void waitlist(ReferralId id, PathwayUser user);

    /**
     * Links an open referral to one of the people on record the triage page lists as possibly the same person
     * (decision 0020); returns that person's name.
     */
    @PreAuthorize(TRIAGE)
    String linkToKnownPerson(ReferralId id, org.pathway.people.PersonId person, PathwayUser user);

    record ServiceQueue(ServiceId id, String name, long received, long waitlisted, long overdue) {}

    record QueuePage(ServiceId service, String serviceName, ReferralStatus status, Page<QueueRow> rows, long received,
            long waitlisted, long overdue, int unactionedWorkingDays, String search) {

        public boolean searching() {
            return search != null;
        }
    }

    /**
     * One row of a queue. {@code position} and {@code waitlistedOn} are set for the waiting list only. The text
     * methods give each cell as it is shown, so the queue page renders rows without formatting logic.
     */
    record QueueRow(ReferralId id, String reference, String personName, Integer age, List<String> needs,
            boolean urgent, List<String> flags, LocalDate receivedOn, int workingDaysWaiting, boolean overdue,
            boolean meetsCriteria, ReferralStatus status, Integer position, LocalDate waitlistedOn,
            Integer daysOnWaitingList) {

        public String personText() {
            return age == null ? personName : personName + ", aged " + age;
        }

        public String needsText() {
            return String.join(", ", needs);
        }

        public boolean routine() {
            return !urgent && flags.isEmpty();
        }

        public String receivedText() {
            return UkDates.day(receivedOn);
        }

        public String waitingText() {
            return "(" + workingDaysWaiting + (workingDaysWaiting == 1 ? " working day" : " working days") + " waiting)";
        }

        public String waitingListText() {
            return daysOnWaitingList == null ? null
                    : "On the waiting list " + daysOnWaitingList + (daysOnWaitingList == 1 ? " day" : " days");
        }
    }

    /**
     * A practitioner to allocate to, with their open caseload and cap as decision 0019 defines them
     * ({@code OpenCaseloads}, {@code CaseloadCap}); {@code cap} is null when they have none.
     */
    record PractitionerChoice(PractitionerId id, String name, BigDecimal fte, long caseload, Integer cap,
            boolean wouldPassCap) {

        /** Already past the cap (rather than at it). */
        public boolean overCap() {
            return cap != null && caseload > cap;
        }
    }

    /**
     * How to reach the person, as their record holds it now: the preferred method first, then every detail known,
     * their communication needs and whether they may be contacted at all. Null values were never given.
     */
    record HowToReach(String preferredMethod, String phone, String email, String postcode, String communicationNeeds,
            String interpreterLanguage, boolean mayBeContacted, String gpPractice) {

        public String preferredText() {
            return preferredMethod == null ? "Not stated" : preferredMethod;
        }

        public String communicationText() {
            List<String> needs = new java.util.ArrayList<>();
            if (interpreterLanguage != null) {
                needs.add("Interpreter needed: " + interpreterLanguage);
            }
            if (communicationNeeds != null) {
                needs.add(communicationNeeds);
            }
            return needs.isEmpty() ? "None recorded" : String.join(". ", needs);
        }

        public String gpPracticeText() {
            return gpPractice == null ? "GP practice not known" : gpPractice;
        }
    }

    /**
     * What is already known of the person (decision 0020): their other referrals, newest first, each with what became
     * of it; and people recorded separately who may be the same person, which the practitioner may link to.
     */
    record KnownPerson(List<OtherReferral> referrals, List<PossibleMatch> possibleMatches) {

        public boolean known() {
            return !referrals.isEmpty();
        }
    }

    /**
     * Another referral of the person. {@code state} says where it stands in words (“Open case with Demo Link worker
     * at Connect 55+ since 7 December 2026”); {@code caseId} is set only when the viewer may open the case, and
     * {@code mayTriage} when the referral is in the viewer's triage scope.
     */
    record OtherReferral(ReferralId id, String reference, String serviceName, LocalDate receivedOn, String state,
            boolean open, java.util.UUID caseId, boolean mayTriage) {}

    record PossibleMatch(org.pathway.people.PersonId person, String name, LocalDate dateOfBirth, String postcode,
            String why, List<OtherReferral> referrals) {}

    record ReferralView(ReferralId id, String reference, ReferralStatus status, ServiceRef service,
            String serviceSummary, String personName, LocalDate dateOfBirth, Integer age, String nhsNumber,
            String postcode, HowToReach howToReach, String source, String referrerName, List<String> needs, String context, boolean urgent,
            List<String> flags, Boolean readyToWorkOnGoals, boolean consentToContact, boolean consentToShareWithGp,
            java.time.LocalDateTime receivedAt, int workingDaysWaiting, boolean overdue, Integer waitingListPosition,
            LocalDate waitlistedOn, boolean meetsCriteria, List<ReferralCriteria.Check> checks, List<PractitionerChoice> practitioners,
            List<ServiceRef> redirectOptions, String declineReason, String outsideCriteriaReason,
            String allocatedTo, KnownPerson knownPerson) {

        public boolean open() {
            return status.isOpen();
        }

        public boolean mayWaitlist() {
            return status == ReferralStatus.RECEIVED;
        }
    }

    /**
     * @param outsideShare the share (0 to 1) of accepted referrals that were outside the criteria; null if none
     * @param medianHours  hours from referral to first action, median; null if nothing was actioned
     */
    record Figures(ServiceId service, String serviceName, int days, long accepted, long acceptedOutside,
            Double outsideShare, long actioned, Double medianHours, Double p90Hours) {}
}
