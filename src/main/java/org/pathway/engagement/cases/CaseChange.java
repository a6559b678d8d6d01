package org.pathway.engagement.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a case's history. Never changed once written. */
@Entity
@Table(name = "case_change", schema = "engagement")
class CaseChange {

    enum Kind { OPENED, CLOSED, REOPENED, REALLOCATED, GRANTED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "from_practitioner")
    private UUID fromPractitioner;

    @Column(name = "to_practitioner")
    private UUID toPractitioner;

    private String reason;

    @Column(name = "changed_at")
    private Instant at;

    @Column(name = "changed_by")
    private String by;

    protected CaseChange() {}

    CaseChange(Kind kind, UUID fromPractitioner, UUID toPractitioner, String reason, Instant at, String by) {
        this.kind = kind;
        this.fromPractitioner = fromPractitioner;
        this.toPractitioner = toPractitioner;
        this.reason = reason;
        this.at = at;
        this.by = by;
    }

    Kind kind() {
        return kind;
    }

    UUID fromPractitioner() {
        return fromPractitioner;
    }

    UUID toPractitioner() {
        return toPractitioner;
    }

    String reason() {
        return reason;
    }

    Instant at() {
        return at;
    }

    String by() {
        return by;
    }
}
