package org.pathway.engagement.plans;

/** What area of life a goal is about: the list the person and link worker choose from. */
enum GoalDomain {
    CONNECTING("Connecting with people"),
    ACTIVITY("Being active"),
    WELLBEING("Mood and mental wellbeing"),
    HEALTH("Managing a health condition"),
    MONEY("Money, debt and benefits"),
    HOUSING("Housing"),
    WORK("Work, learning and volunteering"),
    DAILY_LIVING("Daily living and independence"),
    CARING("Caring for someone"),
    OTHER("Something else");

    private final String label;

    GoalDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
