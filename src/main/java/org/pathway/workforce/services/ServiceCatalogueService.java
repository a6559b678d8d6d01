package org.pathway.workforce.services;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.organisations.Commands;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
/**
 * The catalogue: reads through {@link ServiceQueries}; changes services through the
 * {@link SocialPrescribingService} aggregate. Scope is enforced here, not in the pages: a manager may only add or
 * change their own organisation's services. Public, as is {@link #add}, for the workforce loader ({@code workforce.loading}).
 */
@Component
@Transactional(readOnly = true)
public class ServiceCatalogueService implements ServiceCatalogue {

    private final SocialPrescribingServiceRepository services;
    private final ServiceQueries queries;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    ServiceCatalogueService(SocialPrescribingServiceRepository services, ServiceQueries queries, JdbcClient jdbc,
            Validator validator, AuditLog audit, Clock clock) {
        this.services = services;
        this.queries = queries;
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ServiceSummary> services() {
        return queries.services();
    }

    @Override
    public List<ServiceSummary> servicesOf(OrganisationId employerId) {
        return queries.servicesOf(employerId);
    }

    @Override
    public List<ServiceSummary> servicesCovering(OrganisationId practiceOrPcn) {
        return queries.servicesCovering(practiceOrPcn);
    }

    @Override
    public Page<ServiceSummary> search(ServiceSearch search, Pageable pageable) {
        return queries.search(search, pageable);
    }

    @Override
    public Optional<ServiceDetails> service(ServiceId id) {
        return queries.service(id);
    }

    @Override
    public Optional<DeliveryModel> deliveryModel(ServiceId id) {
        return service(id).map(ServiceDetails::model);
    }

    @Override
    @Transactional
    public ServiceId create(ServiceCommand command, PathwayUser user) {
        Commands.check(validator, command);
        requireScope(command.employerId(), user, "You can only add services that your own organisation runs");
        ServiceId id = add(ServiceId.random(), command);
        audit.changed("service", id.toString(), "created " + describe(command));
        return id;
    }

    /** Creates a service with a chosen id, after the same checks as the form; not audited (see callers). */
    @Transactional
    public ServiceId add(ServiceId id, ServiceCommand command) {
        Commands.check(validator, command);
        checkAgainstStore(null, command);
        services.save(new SocialPrescribingService(id, command, clock.instant()));
        return id;
    }

    @Override
    @Transactional
    public void update(ServiceId id, ServiceCommand command, PathwayUser user) {
        SocialPrescribingService service = services.findById(id.value()).orElseThrow(() -> NotFound.of("service", id));
        requireScope(service.employerId(), user, "You can only change services that your own organisation runs");
        Commands.check(validator, command);
        requireScope(command.employerId(), user, "You can only move a service to your own organisation");
        checkAgainstStore(id, command);
        service.define(command, clock.instant());
        audit.changed("service", id.toString(), "changed " + describe(command));
    }

    @Override
    public Optional<ServiceCommand> commandFor(ServiceId id, PathwayUser user) {
        Optional<SocialPrescribingService> service = services.findById(id.value());
        service.ifPresent(s -> requireScope(s.employerId(), user,
                "You can only change services that your own organisation runs"));
        return service.map(SocialPrescribingService::toCommand);
    }

    private static void requireScope(OrganisationId employerId, PathwayUser user, String message) {
        if (!ServiceCatalogue.mayManage(employerId, user)) {
            throw new AccessDeniedException(message);
        }
    }

    private void checkAgainstStore(ServiceId self, ServiceCommand command) {
        List<Refusal.Problem> problems = new ArrayList<>();
        boolean employs = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE id = ? AND employer_type IS NOT NULL")
                .param(command.employerId().value()).query(Long.class).single() > 0;
        if (!employs) {
            problems.add(new Refusal.Problem("employerId", "Select an employing organisation from the list"));
        }
        if (!command.areaIds().isEmpty()) {
            List<UUID> ids = command.areaIds().stream().map(OrganisationId::value).toList();
            long areas = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE id IN (:ids)"
                            + " AND kind IN ('PCN', 'GP_PRACTICE')")
                    .param("ids", ids).query(Long.class).single();
            if (areas != ids.size()) {
                problems.add(new Refusal.Problem("areaIds", "Choose PCNs or GP practices from the list"));
            }
        }
        boolean nameTaken = command.name() != null && jdbc.sql("""
                        SELECT count(*) FROM workforce.service
                        WHERE employer_id = ? AND lower(name) = lower(?) AND id <> ?""")
                .params(command.employerId().value(), command.name(), self == null ? new UUID(0, 0) : self.value())
                .query(Long.class).single() > 0;
        if (nameTaken) {
            problems.add(new Refusal.Problem("name", "This organisation already runs a service called " + command.name()));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private static String describe(ServiceCommand command) {
        return command.name() + " (" + command.access() + ", " + command.engagement() + ")";
    }
}

