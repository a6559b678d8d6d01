package org.pathway.access.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a referral's history. Never changed once written. */
@Entity
@Table(name = "referral_status_change", schema = "access")
class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReferralStatus to;

    @Column(name = "changed_at")
    private Instant at;

    @Column(name = "changed_by")
    private String by;

    private String reason;

    protected StatusChange() {}

    StatusChange(ReferralStatus from, ReferralStatus to, Instant at, String by, String reason) {
        this.from = from;
        this.to = to;
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    ReferralStatus from() {
        return from;
    }

    ReferralStatus to() {
        return to;
    }

    Instant at() {
        return at;
    }

    String by() {
        return by;
    }

    String reason() {
        return reason;
    }
}
