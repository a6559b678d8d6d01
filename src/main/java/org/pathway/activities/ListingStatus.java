package org.pathway.activities;

/** Where a listing stands: the seeds saw activities suspended, moved online, reopened and closed for good. */
public enum ListingStatus {
    ACTIVE("Running", "active", true),
    SUSPENDED("Temporarily suspended", "temporarily closed", false),
    ONLINE_ONLY("Online only", "active", true),
    CLOSED("Closed for good", "defunct", false);

    private final String label;
    private final String hsds;
    private final boolean running;

    ListingStatus(String label, String hsds, boolean running) {
        this.label = label;
        this.hsds = hsds;
        this.running = running;
    }

    public String label() {
        return label;
    }

    /** The HSDS 3.0 service status: active, inactive, defunct or temporarily closed. */
    public String hsds() {
        return hsds;
    }

    /** Whether people can go to it now (in person or online). */
    public boolean running() {
        return running;
    }

    /** The status an HSDS feed's service status means here; unknown values are refused. */
    public static ListingStatus fromHsds(String status) {
        return switch (status) {
            case "active" -> ACTIVE;
            case "temporarily closed", "inactive" -> SUSPENDED;
            case "defunct" -> CLOSED;
            default -> throw new IllegalArgumentException(
                    "status '" + status + "' is not one of active, inactive, defunct, temporarily closed");
        };
    }
}
