package org.pathway.demo;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.Role;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.loading.WorkforceLoader.Batch;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;

/**
 * A generated demo ICS: the workforce to load, and the organisations the demo sign-ins are scoped to. The demo
 * link worker's own practitioner record is loaded once their account exists, so it can be linked to it.
 * {@code number} counts from 0 (the seeds' ICS) and places the ICS on the map ({@link DemoPostcodes}).
 */
record DemoIcs(int number, Batch workforce, OrganisationId ics, OrganisationId managedEmployer,
        OrganisationId referrerPractice, OrganisationId provider, PractitionerId linkWorkerId,
        Set<ServiceId> linkWorkerServices) {

    static final String LINK_WORKER_TITLE = "Social Prescribing Link Worker";

    /** The organisation a demo sign-in of this role acts for. */
    OrganisationId scopeFor(Role role) {
        return switch (role) {
            case SERVICE_MANAGER, LINK_WORKER -> managedEmployer;
            case REFERRER -> referrerPractice;
            case COMMUNITY_PROVIDER -> provider;
            case ADMINISTRATOR, ICS_LEAD, RESEARCHER -> ics;
        };
    }

    /** The demo link worker's practitioner record, linked to their sign-in account. */
    NewPractitioner linkWorker(UUID accountId, String name) {
        return new NewPractitioner(linkWorkerId, new PractitionerCommand(name, LINK_WORKER_TITLE, managedEmployer,
                linkWorkerServices, BigDecimal.ONE, DemoIcsGenerator.workPhone(999),
                DemoIcsGenerator.workEmail(name, SouthWest.MANAGED_EMPLOYER)), accountId);
    }

    /** How many practitioners the demo holds once the link worker's own record is loaded. */
    int practitionerCount() {
        return workforce.practitioners().size() + 1;
    }
}
