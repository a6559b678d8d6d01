package org.pathway.workforce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * Who a service takes, as structured criteria a referral can be checked against. An open service has none
 * but its area; a boundaried one has at least one. {@link #evaluate(Facts)} is the one rule that says whether a
 * person meets them, and why: triage shows it, intake routes by it, the demo's story decides by it.
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

    /** What is known about a person and their referral that the criteria are checked against. */
    public record Facts(Integer age, Set<Need> needs, Set<ExclusionFlag> flags, Boolean readyToWorkOnGoals,
            OrganisationId practice) {}

    /** One criterion checked, with why it is met or not, in words a practitioner can act on. */
    public record Check(String criterion, boolean met, String explanation) {}

    /** Every criterion checked; the person meets the criteria when each is met. */
    public record Evaluation(List<Check> checks) {

        public boolean meetsCriteria() {
            return checks.stream().allMatch(Check::met);
        }

        public List<String> reasonsNotMet() {
            return checks.stream().filter(c -> !c.met()).map(Check::explanation).toList();
        }
    }

    /**
     * Checks a person against these criteria and says why, e.g. "Age 42 is below this service's range: it takes
     * people aged 55 and over". With no criteria and no area, the one check says the service takes anyone.
     */
    public Evaluation evaluate(Facts facts) {
        List<Check> checks = new ArrayList<>();
        if (minAge != null || maxAge != null) {
            String range = ageRange();
            if (facts.age() == null) {
                checks.add(new Check("Age", false, "Age is not known: this service takes people " + range));
            } else if (admitsAge(facts.age())) {
                checks.add(new Check("Age", true, "Age " + facts.age() + " is within this service's range (" + range + ")"));
            } else {
                boolean tooYoung = minAge != null && facts.age() < minAge;
                checks.add(new Check("Age", false, "Age " + facts.age() + " is " + (tooYoung ? "below" : "above")
                        + " this service's range: it takes people " + range));
            }
        }
        if (!includedNeeds.isEmpty()) {
            Set<Need> matching = EnumSet.noneOf(Need.class);
            facts.needs().stream().filter(includedNeeds::contains).forEach(matching::add);
            checks.add(matching.isEmpty()
                    ? new Check("Needs", false, "None of the needs referred for is one this service takes ("
                            + phrases(includedNeeds) + ")")
                    : new Check("Needs", true, "Referred for " + phrases(matching) + ", which this service takes"));
        }
        if (!excludedNeeds.isEmpty()) {
            Set<Need> excluded = EnumSet.noneOf(Need.class);
            facts.needs().stream().filter(excludedNeeds::contains).forEach(excluded::add);
            checks.add(excluded.isEmpty()
                    ? new Check("Excluded needs", true, "No need referred for is one this service excludes")
                    : new Check("Excluded needs", false, "This service does not take referrals for " + phrases(excluded)));
        }
        if (!exclusions.isEmpty()) {
            List<ExclusionFlag> hit = exclusions.stream().filter(facts.flags()::contains).toList();
            checks.add(hit.isEmpty()
                    ? new Check("Exclusions", true, "None of this service's exclusions applies")
                    : new Check("Exclusions", false, "This service does not take "
                            + hit.stream().map(ExclusionFlag::phrase).collect(Collectors.joining(" or "))));
        }
        if (readinessRequired) {
            checks.add(Boolean.TRUE.equals(facts.readyToWorkOnGoals())
                    ? new Check("Readiness", true, "The person is ready to work on their own goals")
                    : new Check("Readiness", false, Boolean.FALSE.equals(facts.readyToWorkOnGoals())
                            ? "This service needs the person to be ready to work on their own goals, and they are not yet"
                            : "This service needs the person to be ready to work on their own goals: not recorded"));
        }
        if (!areas.isEmpty()) {
            if (facts.practice() == null) {
                checks.add(new Check("Area", false, "The person's GP practice is not known: this service covers "
                        + areas.size() + " PCN or practice area(s)"));
            } else {
                checks.add(coversPractice(facts.practice())
                        ? new Check("Area", true, "The person's GP practice is in this service's area")
                        : new Check("Area", false, "The person's GP practice is outside this service's area"));
            }
        }
        if (checks.isEmpty()) {
            checks.add(new Check("Open access", true, "This service is open: it takes anyone, with any need"));
        }
        return new Evaluation(List.copyOf(checks));
    }

    private static String phrases(Set<Need> needs) {
        return needs.stream().map(Need::phrase).collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Set<E> ordered(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
