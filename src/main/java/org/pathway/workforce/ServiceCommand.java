package org.pathway.workforce;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pathway.platform.ConsistentCommand;
import org.pathway.platform.Refusal;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * Creates or changes a service and its delivery model. The service form binds to it; the demo loader builds
 * it. Criteria apply only to boundaried services, the session cap only to transactional ones and the review
 * interval only to relational ones: {@link #normalised()} drops what the chosen model does not use.
 */
@ConsistentCommand
public record ServiceCommand(
        @NotBlank(message = "Enter the name of the service")
        @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @NotNull(message = "Select the employing organisation that runs the service") OrganisationId employerId,
        @NotNull(message = "Select whether the service is open or boundaried") AccessModel access,
        Integer minAge,
        Integer maxAge,
        Set<Need> includedNeeds,
        Set<Need> excludedNeeds,
        Set<ExclusionFlag> exclusions,
        Boolean readinessRequired,
        Set<OrganisationId> areaIds,
        @NotNull(message = "Select whether the service is relational or transactional") EngagementModel engagement,
        Integer sessionCap,
        Integer reviewIntervalWeeks,
        @NotNull(message = "Enter the caseload cap per full-time practitioner")
        @Positive(message = "Caseload cap must be more than 0")
        @Max(value = 500, message = "Caseload cap must be 500 or fewer") Integer caseloadCapPerFte,
        @NotBlank(message = "Enter a plain statement of the delivery model for referrers")
        @Size(max = 1000, message = "Statement must be 1,000 characters or fewer") String statement)
        implements ConsistentCommand.SelfChecking {

    public static final int MAX_AGE = 120;
    public static final int MAX_SESSIONS = 100;
    public static final int MAX_REVIEW_WEEKS = 52;

    public ServiceCommand {
        name = name == null ? null : name.strip();
        statement = statement == null ? null : statement.strip();
        includedNeeds = ordered(includedNeeds, Need.class);
        excludedNeeds = ordered(excludedNeeds, Need.class);
        exclusions = ordered(exclusions, ExclusionFlag.class);
        readinessRequired = Boolean.TRUE.equals(readinessRequired);
        areaIds = areaIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(areaIds));
    }

    /** An empty form for a new service run by this employer. */
    public static ServiceCommand blank(OrganisationId employerId) {
        return new ServiceCommand(null, employerId, null, null, null, null, null, null, false, null, null, null, null,
                null, null);
    }

    /** The delivery-model rules across fields, each against the field it concerns. */
    @Override
    public List<Refusal.Problem> problems() {
        List<Refusal.Problem> problems = new ArrayList<>();
        if (access == AccessModel.BOUNDARIED) {
            checkAge("minAge", "Minimum age", minAge, problems);
            checkAge("maxAge", "Maximum age", maxAge, problems);
            if (minAge != null && maxAge != null && minAge > maxAge) {
                problems.add(new Refusal.Problem("minAge", "Minimum age must not be above the maximum age"));
            }
            Set<Need> both = EnumSet.noneOf(Need.class);
            both.addAll(includedNeeds);
            both.retainAll(excludedNeeds);
            if (!both.isEmpty()) {
                problems.add(new Refusal.Problem("excludedNeeds", "A need cannot be both included and excluded: "
                        + both.iterator().next().label()));
            }
            if (!hasCriteria()) {
                problems.add(new Refusal.Problem("access", "A boundaried service needs at least one criterion: an age "
                        + "range, needs, exclusions or readiness to work on goals. Choose open if it takes anyone"));
            }
        }
        if (engagement == EngagementModel.TRANSACTIONAL) {
            if (sessionCap == null) {
                problems.add(new Refusal.Problem("sessionCap",
                        "Enter the session cap: the number of sessions this transactional service offers"));
            } else if (sessionCap < 1) {
                problems.add(new Refusal.Problem("sessionCap", "Session cap must be more than 0"));
            } else if (sessionCap > MAX_SESSIONS) {
                problems.add(new Refusal.Problem("sessionCap", "Session cap must be " + MAX_SESSIONS + " or fewer"));
            }
        }
        if (engagement == EngagementModel.RELATIONAL) {
            if (reviewIntervalWeeks == null) {
                problems.add(new Refusal.Problem("reviewIntervalWeeks",
                        "Enter how often each person’s support is reviewed, in weeks"));
            } else if (reviewIntervalWeeks < 1) {
                problems.add(new Refusal.Problem("reviewIntervalWeeks", "Review interval must be more than 0 weeks"));
            } else if (reviewIntervalWeeks > MAX_REVIEW_WEEKS) {
                problems.add(new Refusal.Problem("reviewIntervalWeeks",
                        "Review interval must be " + MAX_REVIEW_WEEKS + " weeks or fewer"));
            }
        }
        return problems;
    }

    /** Whether any boundaried criterion is given (the area alone is not a criterion: open services have one too). */
    public boolean hasCriteria() {
        return minAge != null || maxAge != null || !includedNeeds.isEmpty() || !excludedNeeds.isEmpty()
                || !exclusions.isEmpty() || readinessRequired;
    }

    /** The same command without the values its chosen model does not use (e.g. criteria of an open service). */
    public ServiceCommand normalised() {
        boolean boundaried = access == AccessModel.BOUNDARIED;
        return new ServiceCommand(name, employerId, access,
                boundaried ? minAge : null, boundaried ? maxAge : null,
                boundaried ? includedNeeds : Set.of(), boundaried ? excludedNeeds : Set.of(),
                boundaried ? exclusions : Set.of(), boundaried && readinessRequired, areaIds, engagement,
                engagement == EngagementModel.TRANSACTIONAL ? sessionCap : null,
                engagement == EngagementModel.RELATIONAL ? reviewIntervalWeeks : null,
                caseloadCapPerFte, statement);
    }

    private static void checkAge(String field, String label, Integer age, List<Refusal.Problem> problems) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            problems.add(new Refusal.Problem(field, label + " must be between 0 and " + MAX_AGE));
        }
    }

    private static <E extends Enum<E>> Set<E> ordered(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }
}
