package org.pathway.activities.connections;

import java.time.Instant;
import java.util.UUID;
import org.pathway.activities.ConnectionEvents.ConnectionStatusChanged;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.platform.Refusal;

/**
 * A person connected to a listing: the aggregate whose status changes only along {@link ConnectionStatus#next()},
 * each change by someone allowed to make it. Loaded and saved by {@link ConnectionRepository}.
 */
final class Connection {

    /** Who is making a change: the practitioner working the case, or the provider running the listing. */
    enum Actor { PRACTITIONER, PROVIDER }

    private final UUID id;
    private final UUID caseId;
    private final UUID listingId;
    private final ReferralRoute route;
    private boolean sharedWithProvider;
    private ConnectionStatus status;
    private final long version;

    Connection(UUID id, UUID caseId, UUID listingId, ReferralRoute route, boolean sharedWithProvider,
            ConnectionStatus status, long version) {
        this.id = id;
        this.caseId = caseId;
        this.listingId = listingId;
        this.route = route;
        this.sharedWithProvider = sharedWithProvider;
        this.status = status;
        this.version = version;
    }

    /**
     * Changes the status, or refuses ({@link Refusal}, in the user's words): the change must follow from the current status; only the provider accepts
     * or declines; a decline needs a reason; a provider answers only direct referrals shared with it; a referral
     * needs a direct-referral listing and the person's consent to share.
     */
    ConnectionStatusChanged change(ConnectionStatus to, Actor actor, String note, boolean consentToShare, Instant at,
            String by) {
        if (!status.next().contains(to)) {
            throw Refusal.because("A connection that is " + status.label().toLowerCase()
                    + " cannot become " + to.label().toLowerCase() + ".");
        }
        if (actor == Actor.PRACTITIONER && to.providersOnly()) {
            throw Refusal.because("Only the provider accepts or declines a referral.");
        }
        if (actor == Actor.PROVIDER && (!to.providerMay() || route != ReferralRoute.DIRECT_REFERRAL
                || !sharedWithProvider)) {
            throw Refusal.because("A provider cannot make that change.");
        }
        if (to == ConnectionStatus.REFERRED && route != ReferralRoute.DIRECT_REFERRAL) {
            throw Refusal.because("This listing is signposting only: signpost the person to it instead.");
        }
        if (to == ConnectionStatus.REFERRED && !consentToShare) {
            throw Refusal.because("The person has not consented to share their details with the provider: "
                    + "signpost them instead.");
        }
        if (to == ConnectionStatus.DECLINED && (note == null || note.isBlank())) {
            throw Refusal.because("Give the reason for declining.");
        }
        ConnectionStatus from = status;
        status = to;
        if (to == ConnectionStatus.REFERRED) {
            sharedWithProvider = true;
        }
        return new ConnectionStatusChanged(id, caseId, listingId, from, to, note == null || note.isBlank() ? null
                : note.strip(), at, by);
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    UUID listingId() {
        return listingId;
    }

    ConnectionStatus status() {
        return status;
    }

    boolean sharedWithProvider() {
        return sharedWithProvider;
    }

    ReferralRoute route() {
        return route;
    }

    long version() {
        return version;
    }
}
