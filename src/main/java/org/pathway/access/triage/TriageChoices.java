package org.pathway.access.triage;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.access.referrals.Referral;
import org.pathway.governance.PathwayUser;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.workforce.CaseloadCap;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.PractitionerRegister.PractitionerSearch;
import org.pathway.workforce.PractitionerRegister.PractitionerSummary;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.ServiceRef;
import org.pathway.access.OpenCaseloads;
import org.pathway.access.triage.Triage.PractitionerChoice;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the triage decisions may choose from, shown on the triage page and checked when a decision is made: the
 * service's practitioners (with their caseload against their cap) and the other services whose criteria the person
 * meets. Criteria are evaluated by {@link ReferralCriteria#evaluate}, the one rule.
 */
@Component
class TriageChoices {

    private final People people;
    private final ServiceCatalogue catalogue;
    private final PractitionerRegister practitioners;
    private final OpenCaseloads openCaseloads;
    private final TriageSettings settings;

    TriageChoices(People people, ServiceCatalogue catalogue, PractitionerRegister practitioners,
            OpenCaseloads openCaseloads, TriageSettings settings) {
        this.people = people;
        this.catalogue = catalogue;
        this.practitioners = practitioners;
        this.openCaseloads = openCaseloads;
        this.settings = settings;
    }

    /** The person's age today, or null when their date of birth is not known. */
    static Integer age(PersonSummary person, java.time.LocalDate today) {
        return person == null || person.dateOfBirth() == null ? null : person.ageOn(today);
    }

    /** The referred person's age today, or null. */
    Integer age(Referral referral) {
        return age(people.find(new PersonId(referral.personId())).orElse(null), settings.today());
    }

    static ReferralCriteria.Facts facts(Referral referral, Integer age) {
        return new ReferralCriteria.Facts(age, referral.needs(), referral.riskFlags(), referral.readyToWorkOnGoals(),
                referral.gpPracticeId() == null ? null : new OrganisationId(referral.gpPracticeId()));
    }

    static boolean meets(DeliveryModel model, Referral referral, Integer age) {
        return model.criteria().evaluate(facts(referral, age)).meetsCriteria();
    }

    /** The service's practitioners with their open caseload against their cap, both as decision 0019 defines them. */
    List<PractitionerChoice> practitioners(ServiceDetails service, PathwayUser user) {
        List<PractitionerSummary> staff = staff(service, user);
        if (staff.isEmpty()) {
            return List.of();
        }
        List<PractitionerId> ids = staff.stream().map(PractitionerSummary::id).toList();
        Map<PractitionerId, Long> caseloads = openCaseloads.openCases(ids);
        Map<PractitionerId, Integer> caps = practitioners.caseloadCaps(ids, user);
        return staff.stream().map(p -> {
            long caseload = caseloads.getOrDefault(p.id(), 0L);
            Integer cap = caps.get(p.id());
            return new PractitionerChoice(p.id(), p.name(), p.fte(), caseload, cap,
                    CaseloadCap.oneMoreWouldPass(caseload, cap));
        }).toList();
    }

    /** Whether the practitioner delivers the service (and so may be allocated its referrals). */
    boolean delivers(ServiceDetails service, PractitionerId practitioner, PathwayUser user) {
        return staff(service, user).stream().anyMatch(p -> p.id().equals(practitioner));
    }

    /** Other services covering the person's practice whose criteria the person meets. */
    List<ServiceRef> redirectOptions(Referral referral, Integer age) {
        List<ServiceSummary> candidates = referral.gpPracticeId() == null ? catalogue.services()
                : catalogue.servicesCovering(new OrganisationId(referral.gpPracticeId()));
        ReferralCriteria.Facts facts = facts(referral, age);
        UUID current = referral.serviceId();
        return candidates.stream()
                .filter(s -> !s.id().value().equals(current))
                .filter(s -> catalogue.deliveryModel(s.id())
                        .map(m -> m.criteria().evaluate(facts).meetsCriteria()).orElse(false))
                .map(s -> new ServiceRef(s.id(), s.name()))
                .toList();
    }

    private List<PractitionerSummary> staff(ServiceDetails service, PathwayUser user) {
        return practitioners.search(new PractitionerSearch(null, service.id(), null), PageRequest.of(0, 500), user)
                .getContent();
    }
}
