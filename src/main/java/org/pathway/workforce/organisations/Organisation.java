package org.pathway.workforce.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.FundingSource;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;

/** An organisation in the ICS structure. Its parent is referred to by id. */
@Entity
@Table(name = "organisation", schema = "workforce")
class Organisation {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;

    @Column(name = "ods_code")
    private String odsCode;

    @Column(name = "parent_id")
    private UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_type")
    private EmployerType employerType;

    @Enumerated(EnumType.STRING)
    private Contracting contracting;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    private FundingSource fundingSource;

    private String postcode;

    private String address;

    private String phone;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    protected Organisation() {}

    Organisation(OrganisationId id, OrganisationCommand command, Instant now) {
        this.id = id.value();
        this.createdAt = now;
        apply(command, now);
    }

    /** Takes the command's values; the command has been checked against the structure already. */
    void apply(OrganisationCommand command, Instant now) {
        this.kind = command.kind();
        this.name = command.name();
        this.odsCode = command.odsCode();
        this.parentId = command.parentId() == null ? null : command.parentId().value();
        this.employerType = command.employerType();
        this.contracting = command.contracting();
        this.fundingSource = command.fundingSource();
        this.postcode = command.postcode();
        this.address = command.address();
        this.phone = command.phone();
        this.updatedAt = now;
    }

    OrganisationCommand toCommand() {
        return new OrganisationCommand(kind, name, odsCode, parentId == null ? null : new OrganisationId(parentId),
                employerType, contracting, fundingSource, postcode, address, phone);
    }

    OrganisationId id() {
        return new OrganisationId(id);
    }

    OrganisationKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    UUID parentId() {
        return parentId;
    }
}
