package org.pathway.activities;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a connection (an onward referral to a community activity) stands in its closed loop with the provider.
 * Signposting-only listings go suggested → signposted, with no provider step; direct referrals go to the provider,
 * who accepts or declines and confirms attendance.
 */
public enum ConnectionStatus {
    SUGGESTED("Suggested", "grey"),
    SIGNPOSTED("Signposted", "blue"),
    REFERRED("Referred", "blue"),
    ACCEPTED("Accepted", "aqua-green"),
    DECLINED("Declined", "red"),
    ATTENDED("Attended", "green"),
    DID_NOT_ATTEND("Did not attend", "orange"),
    ONGOING("Ongoing", "green"),
    COMPLETED("Completed", "purple"),
    STOPPED("Stopped", "grey");

    private final String label;
    private final String colour;

    ConnectionStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The nhsuk tag colour. */
    public String colour() {
        return colour;
    }

    /** The statuses this one may change to. */
    public Set<ConnectionStatus> next() {
        return switch (this) {
            case SUGGESTED -> EnumSet.of(SIGNPOSTED, REFERRED, STOPPED);
            case SIGNPOSTED -> EnumSet.of(ATTENDED, DID_NOT_ATTEND, STOPPED);
            case REFERRED -> EnumSet.of(ACCEPTED, DECLINED, STOPPED);
            case ACCEPTED -> EnumSet.of(ATTENDED, DID_NOT_ATTEND, STOPPED);
            case ATTENDED -> EnumSet.of(ONGOING, COMPLETED, STOPPED);
            case DID_NOT_ATTEND -> EnumSet.of(ATTENDED, STOPPED);
            case ONGOING -> EnumSet.of(COMPLETED, STOPPED);
            case DECLINED, COMPLETED, STOPPED -> EnumSet.noneOf(ConnectionStatus.class);
        };
    }

    public boolean finished() {
        return next().isEmpty();
    }

    /** Changes only the provider answers (the practitioner cannot accept or decline on the provider's behalf). */
    public boolean providersOnly() {
        return this == ACCEPTED || this == DECLINED;
    }

    /** Changes a provider may make to a direct referral to its listing. */
    public boolean providerMay() {
        return this == ACCEPTED || this == DECLINED || this == ATTENDED || this == DID_NOT_ATTEND || this == ONGOING
                || this == COMPLETED;
    }
}
