package org.pathway.workforce;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * Who a service takes, as structured criteria a referral can be checked against. An open service has none
 * but its area; a boundaried one has at least one.
 *
 * @param minAge             youngest age taken, inclusive, or null
 * @param maxAge             oldest age taken, inclusive, or null
 * @param includedNeeds      the person must have at least one of these needs (empty: any need)
 * @param excludedNeeds      referrals for these needs are not taken
 * @param exclusions         circumstances in which the service does not take a referral
 * @param readinessRequired  the person must be ready to work on their own goals
 * @param areas              the PCNs and GP practices covered, as chosen (empty: the whole ICS)
 * @param coveredPracticeIds every GP practice covered, PCNs expanded to their practices (empty: all)
 */
public record ReferralCriteria(Integer minAge, Integer maxAge, Set<Need> includedNeeds, Set<Need> excludedNeeds,
        Set<ExclusionFlag> exclusions, boolean readinessRequired, List<OrganisationRef> areas,
        Set<OrganisationId> coveredPracticeIds) {

    public ReferralCriteria {
        includedNeeds = ordered(includedNeeds, Need.class);
        excludedNeeds = ordered(excludedNeeds, Need.class);
        exclusions = ordered(exclusions, ExclusionFlag.class);
        areas = areas == null ? List.of() : List.copyOf(areas);
        coveredPracticeIds = coveredPracticeIds == null ? Set.of() : Set.copyOf(coveredPracticeIds);
    }

    /** No criteria at all: the service takes anyone in its area. */
    public static ReferralCriteria none(List<OrganisationRef> areas, Set<OrganisationId> coveredPracticeIds) {
        return new ReferralCriteria(null, null, Set.of(), Set.of(), Set.of(), false, areas, coveredPracticeIds);
    }

    /** Whether any criterion other than the area is set. */
    public boolean hasCriteria() {
        return minAge != null || maxAge != null || !includedNeeds.isEmpty() || !excludedNeeds.isEmpty()
                || !exclusions.isEmpty() || readinessRequired;
    }

    /** Whether a person registered at this GP practice is in the service's area. */
    public boolean coversPractice(OrganisationId practiceId) {
        return areas.isEmpty() || coveredPracticeIds.contains(practiceId);
    }

    /** Whether a person of this age is inside the age range. */
    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /** The age range in words, e.g. "aged 55 and over", or null when there is none. */
    public String ageRange() {
        if (minAge != null && maxAge != null) {
            return minAge.equals(maxAge) ? "aged " + minAge : "aged " + minAge + " to " + maxAge;
        }
        if (minAge != null) {
            return "aged " + minAge + " and over";
        }
        if (maxAge != null) {
            return "aged " + maxAge + " and under";
        }
        return null;
    }

    private static <E extends Enum<E>> Set<E> ordered(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
