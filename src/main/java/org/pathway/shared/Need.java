package org.pathway.shared;

/**
 * The needs a person is referred with. Services use the same list for their referral
 * criteria, so a referral can be matched against a service's delivery model.
 */
public enum Need {
    LONELINESS("Loneliness or isolation"),
    LOW_MOOD_ANXIETY("Low mood or anxiety"),
    BEREAVEMENT("Bereavement"),
    LONG_TERM_CONDITION("Long-term condition self-management"),
    PHYSICAL_ACTIVITY("Physical activity"),
    HEALTHY_WEIGHT("Healthy weight"),
    MONEY_DEBT_BENEFITS("Money, debt or benefits"),
    HOUSING("Housing"),
    EMPLOYMENT_LEARNING_VOLUNTEERING("Employment, learning or volunteering"),
    CARER_SUPPORT("Carer support"),
    RELATIONSHIPS("Relationships"),
    DIGITAL_INCLUSION("Digital inclusion"),
    OTHER("Other");

    private final String label;

    Need(String label) {
        this.label = label;
    }

    /** As shown in lists and forms, e.g. "Loneliness or isolation". */
    public String label() {
        return label;
    }

    /** As used inside a sentence, e.g. "loneliness or isolation". */
    public String phrase() {
        return label.substring(0, 1).toLowerCase(java.util.Locale.UK) + label.substring(1);
    }
}
