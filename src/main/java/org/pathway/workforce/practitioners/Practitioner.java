package org.pathway.workforce.practitioners;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceId;

/** A practitioner: employed by one organisation, delivering some of the ICS's services. */
@Entity
@Table(name = "practitioner", schema = "workforce")
class Practitioner {

    @Id
    private UUID id;

    private String name;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "employer_id")
    private UUID employerId;

    private BigDecimal fte;

    @Column(name = "work_phone")
    private String workPhone;

    @Column(name = "work_email")
    private String workEmail;

    @Column(name = "user_account_id")
    private UUID userAccountId;

    @ElementCollection
    @CollectionTable(name = "practitioner_service", schema = "workforce",
            joinColumns = @JoinColumn(name = "practitioner_id"))
    @Column(name = "service_id")
    private Set<UUID> serviceIds = new HashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    protected Practitioner() {}

    Practitioner(PractitionerId id, PractitionerCommand command, UUID userAccountId, Instant now) {
        this.id = id.value();
        this.userAccountId = userAccountId;
        this.createdAt = now;
        apply(command, now);
    }

    void apply(PractitionerCommand command, Instant now) {
        this.name = command.name();
        this.jobTitle = command.jobTitle();
        this.employerId = command.employerId().value();
        this.fte = command.fte();
        this.workPhone = command.workPhone();
        this.workEmail = command.workEmail();
        Set<UUID> wanted = command.serviceIds().stream().map(ServiceId::value).collect(Collectors.toSet());
        serviceIds.retainAll(wanted);
        serviceIds.addAll(wanted);
        this.updatedAt = now;
    }

    PractitionerCommand toCommand() {
        return new PractitionerCommand(name, jobTitle, new OrganisationId(employerId),
                serviceIds.stream().map(ServiceId::new).collect(Collectors.toSet()), fte, workPhone, workEmail);
    }

    OrganisationId employerId() {
        return new OrganisationId(employerId);
    }
}
