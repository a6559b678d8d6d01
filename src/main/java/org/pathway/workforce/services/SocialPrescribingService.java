package org.pathway.workforce.services;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;

/**
 * A social-prescribing service and its delivery model. It only ever holds a consistent model: criteria only
 * when boundaried, a session cap exactly when transactional, a review interval exactly when relational.
 */
@Entity
@Table(name = "service", schema = "workforce")
class SocialPrescribingService {

    @Id
    private UUID id;

    private String name;

    @Column(name = "employer_id")
    private UUID employerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_model")
    private AccessModel access;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Column(name = "readiness_required")
    private boolean readinessRequired;

    @ElementCollection
    @CollectionTable(name = "service_included_need", schema = "workforce", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    private Set<Need> includedNeeds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_excluded_need", schema = "workforce", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    private Set<Need> excludedNeeds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_exclusion", schema = "workforce", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "flag")
    private Set<ExclusionFlag> exclusions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_area", schema = "workforce", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "organisation_id")
    private Set<UUID> areaIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_model")
    private EngagementModel engagement;

    @Column(name = "session_cap")
    private Integer sessionCap;

    @Column(name = "review_interval_weeks")
    private Integer reviewIntervalWeeks;

    @Column(name = "caseload_cap_per_fte")
    private int caseloadCapPerFte;

    private String statement;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    protected SocialPrescribingService() {}

    SocialPrescribingService(ServiceId id, ServiceCommand command, Instant now) {
        this.id = id.value();
        this.createdAt = now;
        define(command, now);
    }

    /**
     * Takes a new definition. Refuses an inconsistent delivery model (the form reports the same rules beside
     * each field before it gets here); drops values the chosen model does not use.
     */
    void define(ServiceCommand command, Instant now) {
        if (!command.problems().isEmpty()) {
            throw new IllegalArgumentException("Inconsistent delivery model: " + command.problems());
        }
        ServiceCommand model = command.normalised();
        this.name = model.name();
        this.employerId = model.employerId().value();
        this.access = model.access();
        this.minAge = model.minAge();
        this.maxAge = model.maxAge();
        this.readinessRequired = model.readinessRequired();
        replace(includedNeeds, model.includedNeeds());
        replace(excludedNeeds, model.excludedNeeds());
        replace(exclusions, model.exclusions());
        replace(areaIds, model.areaIds().stream().map(OrganisationId::value).collect(Collectors.toSet()));
        this.engagement = model.engagement();
        this.sessionCap = model.sessionCap();
        this.reviewIntervalWeeks = model.reviewIntervalWeeks();
        this.caseloadCapPerFte = model.caseloadCapPerFte();
        this.statement = model.statement();
        this.updatedAt = now;
    }

    ServiceCommand toCommand() {
        return new ServiceCommand(name, new OrganisationId(employerId), access, minAge, maxAge, includedNeeds,
                excludedNeeds, exclusions, readinessRequired,
                areaIds.stream().map(OrganisationId::new).collect(Collectors.toSet()), engagement, sessionCap,
                reviewIntervalWeeks, caseloadCapPerFte, statement);
    }

    ServiceId id() {
        return new ServiceId(id);
    }

    OrganisationId employerId() {
        return new OrganisationId(employerId);
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }
}
