package org.pathway.access.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.ReferralCriteria;

/**
 * Checks a referral against a service's explicit criteria and says why, in words a practitioner can act
 * on: "Age 42 is below this service's 55+ criterion".
 */
public final class CriteriaEvaluation {

    /** What is known about the person and their referral that the criteria can be checked against. */
    public record Facts(Integer age, Set<Need> needs, Set<ExclusionFlag> flags, Boolean readyToWorkOnGoals,
            OrganisationId practice) {}

    public record Check(String criterion, boolean met, String explanation) {}

    public record Result(List<Check> checks) {
        public boolean meetsCriteria() {
            return checks.stream().allMatch(Check::met);
        }

        public List<String> reasonsNotMet() {
            return checks.stream().filter(c -> !c.met()).map(Check::explanation).toList();
        }
    }

    private CriteriaEvaluation() {}

    public static Result evaluate(DeliveryModel model, Facts facts) {
        ReferralCriteria criteria = model.criteria();
        List<Check> checks = new ArrayList<>();
        if (criteria.minAge() != null || criteria.maxAge() != null) {
            String range = criteria.ageRange();
            if (facts.age() == null) {
                checks.add(new Check("Age", false, "Age is not known: this service takes people " + range));
            } else if (criteria.admitsAge(facts.age())) {
                checks.add(new Check("Age", true, "Age " + facts.age() + " is within this service's range (" + range + ")"));
            } else {
                boolean tooYoung = criteria.minAge() != null && facts.age() < criteria.minAge();
                checks.add(new Check("Age", false, "Age " + facts.age() + " is " + (tooYoung ? "below" : "above")
                        + " this service's range: it takes people " + range));
            }
        }
        if (!criteria.includedNeeds().isEmpty()) {
            Set<Need> matching = EnumSet.noneOf(Need.class);
            facts.needs().stream().filter(criteria.includedNeeds()::contains).forEach(matching::add);
            checks.add(matching.isEmpty()
                    ? new Check("Needs", false, "None of the needs referred for is one this service takes ("
                            + phrases(criteria.includedNeeds()) + ")")
                    : new Check("Needs", true, "Referred for " + phrases(matching) + ", which this service takes"));
        }
        if (!criteria.excludedNeeds().isEmpty()) {
            Set<Need> excluded = EnumSet.noneOf(Need.class);
            facts.needs().stream().filter(criteria.excludedNeeds()::contains).forEach(excluded::add);
            checks.add(excluded.isEmpty()
                    ? new Check("Excluded needs", true, "No need referred for is one this service excludes")
                    : new Check("Excluded needs", false, "This service does not take referrals for " + phrases(excluded)));
        }
        if (!criteria.exclusions().isEmpty()) {
            List<ExclusionFlag> hit = criteria.exclusions().stream().filter(facts.flags()::contains).toList();
            checks.add(hit.isEmpty()
                    ? new Check("Exclusions", true, "None of this service's exclusions applies")
                    : new Check("Exclusions", false, "This service does not take "
                            + hit.stream().map(ExclusionFlag::phrase).collect(Collectors.joining(" or "))));
        }
        if (criteria.readinessRequired()) {
            checks.add(Boolean.TRUE.equals(facts.readyToWorkOnGoals())
                    ? new Check("Readiness", true, "The person is ready to work on their own goals")
                    : new Check("Readiness", false, Boolean.FALSE.equals(facts.readyToWorkOnGoals())
                            ? "This service needs the person to be ready to work on their own goals, and they are not yet"
                            : "This service needs the person to be ready to work on their own goals: not recorded"));
        }
        if (!criteria.areas().isEmpty()) {
            if (facts.practice() == null) {
                checks.add(new Check("Area", false, "The person's GP practice is not known: this service covers "
                        + criteria.areas().size() + " PCN or practice area(s)"));
            } else {
                checks.add(criteria.coversPractice(facts.practice())
                        ? new Check("Area", true, "The person's GP practice is in this service's area")
                        : new Check("Area", false, "The person's GP practice is outside this service's area"));
            }
        }
        if (checks.isEmpty() && model.access() == AccessModel.OPEN) {
            checks.add(new Check("Open access", true, "This service is open: it takes anyone, with any need"));
        }
        return new Result(List.copyOf(checks));
    }

    private static String phrases(Set<Need> needs) {
        return needs.stream().map(Need::phrase).collect(Collectors.joining(", "));
    }
}
