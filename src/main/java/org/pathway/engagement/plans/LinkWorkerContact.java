package org.pathway.engagement.plans;

import org.pathway.engagement.CaseSummary;
import java.util.ArrayList;
import java.util.List;
import org.pathway.governance.PathwayUser;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.OrganisationStructure.OrganisationDetails;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.PractitionerRegister.PractitionerDetails;
import org.springframework.stereotype.Component;

/**
 * How the person reaches their link worker, as printed on their plan: the practitioner's work phone and email and
 * the address and phone of the organisation that runs the service, as workforce holds them. Only what is held is
 * printed.
 */
@Component
class LinkWorkerContact {

    private final PractitionerRegister practitioners;
    private final OrganisationStructure organisations;

    LinkWorkerContact(PractitionerRegister practitioners, OrganisationStructure organisations) {
        this.practitioners = practitioners;
        this.organisations = organisations;
    }

    /** @param ways each way of getting in touch, one printed line each; empty when workforce holds none */
    record Shown(String practitionerName, String organisationName, List<String> ways) {

        public boolean any() {
            return !ways.isEmpty();
        }
    }

    Shown of(CaseSummary header, PathwayUser user) {
        PractitionerDetails practitioner = header.practitionerId() == null ? null
                : practitioners.practitioner(new PractitionerId(header.practitionerId()), user).orElse(null);
        OrganisationDetails organisation = header.organisationId() == null ? null
                : organisations.organisation(new OrganisationId(header.organisationId())).orElse(null);
        List<String> ways = new ArrayList<>();
        if (practitioner != null && practitioner.workPhone() != null) {
            ways.add("Phone " + practitioner.workPhone());
        }
        if (practitioner != null && practitioner.workEmail() != null) {
            ways.add("Email " + practitioner.workEmail());
        }
        if (organisation != null) {
            List<String> address = new ArrayList<>();
            if (organisation.address() != null) {
                address.add(organisation.address().replaceAll("\\s*\\R\\s*", ", "));
            }
            if (organisation.postcode() != null && (organisation.address() != null || organisation.phone() != null)) {
                address.add(organisation.postcode());
            }
            if (!address.isEmpty()) {
                ways.add("Write to " + organisation.name() + ", " + String.join(", ", address));
            }
            if (organisation.phone() != null) {
                ways.add("Phone " + organisation.name() + " on " + organisation.phone());
            }
        }
        return new Shown(header.practitionerName(), organisation == null ? header.serviceName() : organisation.name(),
                ways);
    }
}
