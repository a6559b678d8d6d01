package org.pathway.engagement;

/** Why a case was closed. */
public enum ClosureReason {
    GOALS_MET("Goals met"),
    CONNECTED_TO_COMMUNITY("Connected to community support"),
    DECLINED_FURTHER_SUPPORT("Declined further support"),
    UNABLE_TO_CONTACT("Unable to contact"),
    MOVED_AWAY("Moved away"),
    REFERRED_ON("Referred on"),
    DIED("Died");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
