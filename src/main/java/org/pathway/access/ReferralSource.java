package org.pathway.access;

/** Where a referral came from. */
public enum ReferralSource {
    GP("GP"),
    PRACTICE_NURSE("Practice nurse"),
    OTHER_PRIMARY_CARE("Other primary care"),
    HOSPITAL("Hospital or NHS Trust"),
    MENTAL_HEALTH("Mental-health service"),
    LOCAL_AUTHORITY("Local authority or social care"),
    VCSE("Voluntary or community organisation"),
    HOUSING("Housing"),
    JOB_CENTRE("Job centre"),
    SELF("Self-referral"),
    FAMILY_CARER("Family or carer"),
    OUTREACH_LIST("Proactive outreach list"),
    OTHER("Other");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
