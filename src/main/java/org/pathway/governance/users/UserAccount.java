package org.pathway.governance.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;

/** A sign-in account. Accounts are disabled, never deleted, so the audit log always names someone real. */
@Entity
@Table(name = "user_account", schema = "governance")
class UserAccount {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    private UUID id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "organisation_id")
    private UUID organisationId;

    private boolean enabled;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved, so saving a new record inserts it without reading it first

    protected UserAccount() {}

    UserAccount(String username, String displayName, String email, String passwordHash, Role role,
            UUID organisationId) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    PathwayUser toPrincipal(Instant now) {
        return new PathwayUser(id, username, displayName, role, organisationId, passwordHash, enabled, isLocked(now));
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for {@link #LOCKOUT}. */
    void signInFailed(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCKOUT);
        }
        updatedAt = now;
    }

    void signedIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    void update(String displayName, String email, Role role, UUID organisationId) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.organisationId = organisationId;
        this.updatedAt = Instant.now();
    }

    void disable() {
        this.enabled = false;
        this.updatedAt = Instant.now();
    }

    void enable() {
        this.enabled = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = Instant.now();
    }

    /** Clears a lockout (and the failures that led to it) so the user can sign in again at once. */
    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = Instant.now();
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
