package org.pathway.activities.connections;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.pathway.activities.ConnectionEvents.ConnectionMade;
import org.pathway.activities.ConnectionEvents.ConnectionStatusChanged;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.ReferralRoute;
import org.pathway.activities.connections.ConnectableListings.ListingRef;
import org.pathway.activities.connections.Connection.Actor;
import org.pathway.engagement.CaseSummary;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connecting the person of a case to listings and moving each connection along its closed loop: the practitioner
 * from the case (already scoped by engagement's {@code Cases}), the provider from its own login, scoped in the SQL
 * to connections to its organisation's listings that the person agreed to share. Each change is audited and
 * published ({@code ConnectionEvents}).
 */
@Service
class ConnectionChanges {

    enum Action { SUGGEST, SIGNPOST, REFER }

    /** The listing serves another area than the person's: the practitioner confirms before connecting. */
    static final class OutsideTheirArea extends RuntimeException {
        OutsideTheirArea(String message) {
            super(message);
        }
    }

    private final ConnectionRepository connections;
    private final ConnectableListings listings;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectionChanges(ConnectionRepository connections, ConnectableListings listings, People people, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.connections = connections;
        this.listings = listings;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the person's latest answer is that they consent to share their details with a provider. */
    boolean consentToShare(UUID personId) {
        People.ConsentRecord record = people.consents(new PersonId(personId)).get(ConsentPurpose.SHARE_WITH_PROVIDERS);
        return record != null && record.given();
    }

    /**
     * Connects the person of the case to the listing: suggested, signposted, or referred to the provider (a
     * direct-referral listing, with the person's consent to share, recorded now when {@code consentNow}). Refused
     * for a listing that cannot take new connections (suspended, closed, withheld as unverified); a listing that
     * serves another area than {@code personLocality} needs {@code outsideAreaConfirmed}.
     */
    @Transactional
    UUID connect(CaseSummary c, UUID listingId, Action action, boolean consentNow, String note, String personLocality,
            boolean outsideAreaConfirmed, PathwayUser user) {
        if (!c.open()) {
            throw Refusal.because("The case is closed: reopen it to connect the person to an activity.");
        }
        ListingRef listing = listings.listing(listingId)
                .orElseThrow(() -> Refusal.because("There is no such listing."));
        listings.refusal(listing).ifPresent(refused -> {
            throw Refusal.because(refused);
        });
        if (listing.servesElsewhereThan(personLocality) && !outsideAreaConfirmed) {
            throw new OutsideTheirArea(listing.name() + " serves " + listing.locality() + ", not " + personLocality
                    + " where the person lives.");
        }
        boolean consent = consentToShare(c.personId());
        if (action == Action.REFER && !consent && consentNow) {
            people.recordConsent(new PersonId(c.personId()), ConsentPurpose.SHARE_WITH_PROVIDERS, true,
                    user.displayName());
            consent = true;
        }
        ReferralRoute route = action == Action.SIGNPOST ? ReferralRoute.SIGNPOSTING : listing.route();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Connection connection = new Connection(id, c.caseId(), listingId, route, false, ConnectionStatus.SUGGESTED, 0);
        String by = user.displayName();
        if (action == Action.SIGNPOST) {
            connection.change(ConnectionStatus.SIGNPOSTED, Actor.PRACTITIONER, note, consent, now, by);
        } else if (action == Action.REFER) {
            connection.change(ConnectionStatus.REFERRED, Actor.PRACTITIONER, note, consent, now, by);
        }
        connections.insert(connection, c.personId(), c.organisationId(), Text.blankToNull(note), now, by);
        audit.changed("connection", id.toString(), "connected to listing " + listingId + " as " + connection.status());
        events.publishEvent(new ConnectionMade(id, c.caseId(), c.personId(), listingId, route, connection.status(),
                now, by));
        return id;
    }

    /** The practitioner moves a connection of the case on. */
    @Transactional
    void change(CaseSummary c, UUID connectionId, ConnectionStatus to, String note, PathwayUser user) {
        Connection connection = connections.findOfCase(connectionId, c.caseId())
                .orElseThrow(() -> NotFound.of("connection", connectionId));
        if (connection.status() == ConnectionStatus.SUGGESTED
                && (to == ConnectionStatus.SIGNPOSTED || to == ConnectionStatus.REFERRED)) {
            // Acting on a suggestion is a new connection: the listing must still take them.
            listings.listing(connection.listingId()).flatMap(listings::refusal).ifPresent(refused -> {
                throw Refusal.because(refused);
            });
        }
        boolean consent = to == ConnectionStatus.REFERRED && consentToShare(c.personId());
        save(connection, connection.change(to, Actor.PRACTITIONER, note, consent, clock.instant(), user.displayName()));
    }

    /** The provider answers a referral to one of its organisation's listings; anything else is not found. */
    @Transactional
    void answer(UUID connectionId, ConnectionStatus to, String note, PathwayUser user) {
        Connection connection = connections
                .findForProvider(connectionId, ProviderConnectionsQueries.organisationOf(user))
                .orElseThrow(() -> NotFound.of("connection", connectionId));
        save(connection, connection.change(to, Actor.PROVIDER, note, false, clock.instant(), user.displayName()));
    }

    private void save(Connection connection, ConnectionStatusChanged changed) {
        connections.update(connection, changed);
        audit.changed("connection", connection.id().toString(), changed.from() + " to " + changed.to());
        events.publishEvent(changed);
    }

}
