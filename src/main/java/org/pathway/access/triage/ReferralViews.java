package org.pathway.access.triage;

import java.time.LocalDate;
import java.util.List;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.Referral;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.access.triage.Triage.HowToReach;
import org.pathway.access.triage.Triage.PractitionerChoice;
import org.pathway.access.triage.Triage.ReferralView;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.platform.UkTime;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ReferralDirectory;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.ServiceRef;
import org.springframework.stereotype.Component;

/**
 * The triage page's view of one referral: the person and how to reach them, the evaluation of the service's
 * criteria, the choices for each decision and what is already known of the person. Viewing it is audited.
 */
@Component
class ReferralViews {

    private final TriageScope scope;
    private final TriageChoices choices;
    private final TriageQueueQueries queries;
    private final KnownPersonView knownPerson;
    private final People people;
    private final ServiceCatalogue catalogue;
    private final PractitionerRegister practitioners;
    private final ReferralDirectory directory;
    private final AuditLog audit;
    private final TriageSettings settings;

    ReferralViews(TriageScope scope, TriageChoices choices, TriageQueueQueries queries, KnownPersonView knownPerson,
            People people, ServiceCatalogue catalogue, PractitionerRegister practitioners, ReferralDirectory directory,
            AuditLog audit, TriageSettings settings) {
        this.scope = scope;
        this.choices = choices;
        this.queries = queries;
        this.knownPerson = knownPerson;
        this.people = people;
        this.catalogue = catalogue;
        this.practitioners = practitioners;
        this.directory = directory;
        this.audit = audit;
        this.settings = settings;
    }

    ReferralView referral(ReferralId id, PathwayUser user) {
        Referral referral = scope.referral(id, user);
        audit.viewed("referral", id.toString(), "triage");
        PersonSummary person = people.find(new PersonId(referral.personId())).orElse(null);
        LocalDate today = settings.today();
        Integer age = TriageChoices.age(person, today);
        ServiceDetails service = catalogue.service(new ServiceId(referral.serviceId())).orElseThrow();
        DeliveryModel model = service.model();
        ReferralCriteria.Evaluation evaluation = model.criteria().evaluate(TriageChoices.facts(referral, age));
        int waiting = settings.workingDaysWaiting(referral.receivedAt(), today);
        Integer position = referral.status() == ReferralStatus.WAITLISTED ? queries.waitingListPosition(
                referral.serviceId(), referral.receivedAt(), referral.referralId().value()) : null;
        boolean open = referral.status().isOpen();
        List<PractitionerChoice> practitionerChoices = open ? choices.practitioners(service, user) : List.of();
        String allocatedTo = referral.allocatedPractitionerId() == null ? null
                : practitioners.practitioner(new PractitionerId(referral.allocatedPractitionerId()), user)
                        .map(PractitionerRegister.PractitionerDetails::name).orElse("a practitioner");
        return new ReferralView(id, referral.reference(), referral.status(),
                new ServiceRef(service.id(), service.name()), model.accessSummary(),
                person == null ? "Unknown person" : person.fullName(), person == null ? null : person.dateOfBirth(), age,
                person == null ? null : person.nhsNumber(), person == null ? null : person.postcode(),
                howToReach(referral), referral.source().label(), referral.referrerName(),
                ReferralLabels.needs(referral.needs()), referral.context(), referral.urgent(),
                ReferralLabels.flags(referral.riskFlags(), referral.safeguardingConcern()),
                referral.readyToWorkOnGoals(), referral.consentToContact(), referral.consentToShareWithGp(),
                UkTime.inUk(referral.receivedAt()).toLocalDateTime(), waiting,
                referral.status() == ReferralStatus.RECEIVED && waiting >= settings.unactionedWorkingDays(), position,
                TriageSettings.day(referral.waitlistedAt()), evaluation.meetsCriteria(), evaluation.checks(),
                practitionerChoices, open ? choices.redirectOptions(referral, age) : List.of(),
                referral.declineReason(), referral.outsideCriteriaReason(), allocatedTo,
                knownPerson.of(referral.referralId().value(), referral.personId(), open,
                        scope.services(user).keySet(), user));
    }

    /** How to reach the person: their record's contact details (a view audited by people) and latest consent. */
    private HowToReach howToReach(Referral referral) {
        PersonId person = new PersonId(referral.personId());
        People.ContactDetails contact = people.contactDetails(List.of(person)).get(person);
        People.ConsentRecord consent = people.consents(person).get(ConsentPurpose.CONTACT);
        boolean mayBeContacted = consent == null ? referral.consentToContact() : consent.given();
        String practice = referral.gpPracticeId() == null ? null
                : directory.practice(new OrganisationId(referral.gpPracticeId())).map(OrganisationRef::displayName)
                        .orElse("A GP practice no longer on record");
        if (contact == null) {
            return new HowToReach(null, null, null, null, null, null, mayBeContacted, practice);
        }
        return new HowToReach(contact.preferred() == null ? null : contact.preferred().label(), contact.phone(),
                contact.email(), contact.postcode(), contact.communicationNeeds(), contact.interpreterLanguage(),
                mayBeContacted, practice);
    }
}
