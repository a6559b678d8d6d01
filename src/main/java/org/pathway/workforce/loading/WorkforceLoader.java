package org.pathway.workforce.loading;

import java.util.List;
import java.util.UUID;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;

/**
 * Loads many organisations, services and practitioners at once, with ids chosen by the caller: the demo ICS
 * today, bulk imports later. For trusted system callers only: it is not reachable from the web, checks every
 * command as the forms do, and writes one audit entry per load rather than one per record.
 */
public interface WorkforceLoader {

    /** Creates everything in the batch, in order (a parent before its children), in one transaction. */
    Loaded load(Batch batch);

    record NewOrganisation(OrganisationId id, OrganisationCommand command) {}

    record NewService(ServiceId id, ServiceCommand command) {}

    /** @param userAccountId the governance account the practitioner signs in with, or null */
    record NewPractitioner(PractitionerId id, PractitionerCommand command, UUID userAccountId) {}

    record Batch(List<NewOrganisation> organisations, List<NewService> services,
            List<NewPractitioner> practitioners) {

        public Batch {
            organisations = List.copyOf(organisations);
            services = List.copyOf(services);
            practitioners = List.copyOf(practitioners);
        }
    }

    record Loaded(int organisations, int services, int practitioners) {}
}
