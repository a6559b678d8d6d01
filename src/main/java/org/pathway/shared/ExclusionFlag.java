package org.pathway.shared;

/**
 * Circumstances for which a boundaried service does not take a referral, because another service is
 * better placed to help (the seeds: "some exclude people in severe mental-health crisis"). Referrals
 * carry the same flags, so triage can show why a referral falls outside a service's criteria.
 */
public enum ExclusionFlag {
    SEVERE_MENTAL_HEALTH_CRISIS("Severe mental-health crisis", "people in severe mental-health crisis"),
    UNDER_SECONDARY_MENTAL_HEALTH_CARE("Under secondary mental-health care",
            "people under the care of a secondary mental-health team"),
    ACTIVE_SUBSTANCE_DEPENDENCE("Active drug or alcohol dependence",
            "people with an active drug or alcohol dependence"),
    RISK_OF_HARM_TO_OTHERS("Known risk of harm to others", "people known to pose a risk of harm to others");

    private final String label;
    private final String phrase;

    ExclusionFlag(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    /** As shown in lists and forms, e.g. "Severe mental-health crisis". */
    public String label() {
        return label;
    }

    /** Who is excluded, as used inside a sentence, e.g. "people in severe mental-health crisis". */
    public String phrase() {
        return phrase;
    }
}
