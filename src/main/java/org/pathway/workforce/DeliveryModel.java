package org.pathway.workforce;

import java.util.ArrayList;
import java.util.List;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * A service's explicit delivery model: who it takes (open or boundaried, with criteria) and
 * how long the work lasts (relational with a review interval, or transactional with a session cap).
 *
 * @param sessionCap          the number of sessions a transactional service offers; null when relational
 * @param reviewIntervalWeeks how often a relational service reviews each person's support; null when transactional
 * @param caseloadCapPerFte   the most people one full-time practitioner holds at once
 */
public record DeliveryModel(AccessModel access, ReferralCriteria criteria, EngagementModel engagement,
        Integer sessionCap, Integer reviewIntervalWeeks, int caseloadCapPerFte) {

    /** The whole model in plain words, as shown to referrers. */
    public String summary() {
        return accessSummary() + " " + engagementSummary();
    }

    /**
     * Who the service takes, e.g. "Boundaried: people aged 55 and over with loneliness or isolation; not for
     * people in severe mental-health crisis."
     */
    public String accessSummary() {
        String area = criteria.areas().isEmpty() ? null
                : "registered with practices in " + joinOr(criteria.areas().stream().map(OrganisationRef::name).toList());
        if (access == AccessModel.OPEN) {
            return "Open: anyone" + (area == null ? "" : " " + area) + ", with any need.";
        }
        StringBuilder who = new StringBuilder("people");
        if (criteria.ageRange() != null) {
            who.append(' ').append(criteria.ageRange());
        }
        if (!criteria.includedNeeds().isEmpty()) {
            who.append(" with ").append(joinOr(criteria.includedNeeds().stream().map(Need::phrase).toList()));
        }
        if (criteria.readinessRequired()) {
            who.append(", ready to work on their own goals");
        }
        if (area != null) {
            who.append(", ").append(area);
        }
        List<String> notFor = new ArrayList<>();
        criteria.exclusions().stream().map(ExclusionFlag::phrase).forEach(notFor::add);
        criteria.excludedNeeds().stream().map(n -> "referrals for " + n.phrase()).forEach(notFor::add);
        if (!notFor.isEmpty()) {
            who.append("; not for ").append(joinOr(notFor));
        }
        return "Boundaried: " + who + ".";
    }

    /** How long the work lasts, e.g. "Transactional: up to 6 sessions." */
    public String engagementSummary() {
        if (engagement == EngagementModel.TRANSACTIONAL) {
            return "Transactional: up to " + sessionCap + (sessionCap == 1 ? " session." : " sessions.");
        }
        return "Relational: open-ended support, reviewed "
                + (reviewIntervalWeeks == 1 ? "every week." : "every " + reviewIntervalWeeks + " weeks.");
    }

    static String joinOr(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", or " + items.get(items.size() - 1);
    }
}
