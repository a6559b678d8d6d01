package org.pathway.workforce.loading;

import jakarta.persistence.EntityManager;
import org.pathway.governance.AuditLog;
import org.pathway.workforce.organisations.OrganisationStructureService;
import org.pathway.workforce.practitioners.PractitionerRegisterService;
import org.pathway.workforce.services.ServiceCatalogueService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a batch through the same checks as the forms, in one transaction, with one audit entry. */
@Component
class WorkforceLoaderService implements WorkforceLoader {

    private final OrganisationStructureService organisations;
    private final ServiceCatalogueService services;
    private final PractitionerRegisterService practitioners;
    private final EntityManager entityManager;
    private final AuditLog audit;

    WorkforceLoaderService(OrganisationStructureService organisations, ServiceCatalogueService services,
            PractitionerRegisterService practitioners, EntityManager entityManager, AuditLog audit) {
        this.organisations = organisations;
        this.services = services;
        this.practitioners = practitioners;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Loaded load(Batch batch) {
        batch.organisations().forEach(o -> organisations.add(o.id(), o.command()));
        // SocialPrescribingServiceRepository and practitioners are checked against the stored structure with SQL: write it first.
        entityManager.flush();
        batch.services().forEach(s -> services.add(s.id(), s.command()));
        entityManager.flush();
        batch.practitioners().forEach(p -> practitioners.add(p.id(), p.command(), p.userAccountId()));
        entityManager.flush();
        Loaded loaded = new Loaded(batch.organisations().size(), batch.services().size(), batch.practitioners().size());
        audit.record("system", "LOAD", "workforce", null, "loaded " + loaded.organisations() + " organisations, "
                + loaded.services() + " services and " + loaded.practitioners() + " practitioners");
        return loaded;
    }
}
