package org.pathway.access.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.ReferralCases;
import org.pathway.access.ReferralCases.CaseState;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.access.triage.Triage.KnownPerson;
import org.pathway.access.triage.Triage.OtherReferral;
import org.pathway.access.triage.Triage.PossibleMatch;
import org.pathway.governance.Accounts;
import org.pathway.governance.PathwayUser;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonMatch;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.ReferralDirectory;
import org.pathway.workforce.ServiceId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * “This person is known” on the triage page (decision 0020): the person's other referrals from access's own table,
 * what became of each from engagement's {@link ReferralCases} port, and people on record who may be the same person
 * (the people module's matching). Only states are shown, never notes: a practitioner of another organisation learns
 * that a case exists and at which service; the practitioner's name only when the viewer may see that practitioner,
 * and links only where the viewer may follow them.
 */
@Component
class KnownPersonView {

    static final int MOST_REFERRALS = 10;

    private final JdbcClient jdbc;
    private final People people;
    private final ReferralDirectory directory;
    private final PractitionerRegister practitioners;
    private final Accounts accounts;
    private final ObjectProvider<ReferralCases> referralCases;

    KnownPersonView(JdbcClient jdbc, People people, ReferralDirectory directory, PractitionerRegister practitioners,
            Accounts accounts, ObjectProvider<ReferralCases> referralCases) {
        this.jdbc = jdbc;
        this.people = people;
        this.directory = directory;
        this.practitioners = practitioners;
        this.accounts = accounts;
        this.referralCases = referralCases;
    }

    KnownPerson of(UUID referral, UUID person, boolean open, Set<UUID> triageScope, PathwayUser user) {
        List<OtherReferral> referrals = referralsOf(person, referral, triageScope, user);
        List<PossibleMatch> matches = new ArrayList<>();
        if (open) {
            for (PersonMatch.Candidate candidate : people.possiblyAlsoKnownAs(new PersonId(person))) {
                var p = candidate.person();
                matches.add(new PossibleMatch(p.id(), p.fullName(), p.dateOfBirth(), p.postcode(), candidate.reason(),
                        referralsOf(p.id().value(), null, triageScope, user)));
            }
        }
        return new KnownPerson(referrals, matches);
    }

    private record Row(UUID id, String reference, UUID service, ReferralStatus status, Instant receivedAt,
            Instant decidedAt, UUID practitioner) {}

    private List<OtherReferral> referralsOf(UUID person, UUID except, Set<UUID> triageScope, PathwayUser user) {
        List<Row> rows = jdbc.sql("""
                SELECT id, reference, service_id, status, received_at, decided_at, allocated_practitioner_id
                FROM access.referral WHERE person_id = :person AND id <> :except
                ORDER BY received_at DESC, id LIMIT :limit""")
                .param("person", person)
                .param("except", except == null ? new UUID(0, 0) : except)
                .param("limit", MOST_REFERRALS)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("service_id", UUID.class), ReferralStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                        rs.getObject("allocated_practitioner_id", UUID.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ServiceId, String> services = directory.serviceNames(rows.stream().map(Row::service)
                .filter(Objects::nonNull).map(ServiceId::new).distinct().toList());
        Map<ReferralId, CaseState> cases = new HashMap<>();
        referralCases.ifAvailable(port -> cases.putAll(port.casesFor(rows.stream()
                .filter(r -> r.status() == ReferralStatus.ACCEPTED).map(r -> new ReferralId(r.id())).toList())));
        Set<UUID> openable = new HashSet<>();
        referralCases.ifAvailable(port -> openable.addAll(port.openableBy(
                cases.values().stream().map(CaseState::caseId).toList(), user)));
        Map<String, Accounts.AccountHolder> closers = accounts.holders(cases.values().stream()
                .map(CaseState::closedBy).filter(Objects::nonNull).distinct().toList());
        Map<UUID, String> practitionerNames = practitionerNames(cases.values().stream()
                .filter(CaseState::open).map(CaseState::practitionerId).toList(), user);
        List<OtherReferral> shown = new ArrayList<>();
        for (Row r : rows) {
            String service = r.service() == null ? "no service yet" : services.getOrDefault(new ServiceId(r.service()),
                    "another service");
            CaseState state = cases.get(new ReferralId(r.id()));
            boolean open = r.status().isOpen() || (state != null && state.open());
            shown.add(new OtherReferral(new ReferralId(r.id()), r.reference(), service,
                    UkTime.dayOf(r.receivedAt()),
                    state(r, service, state, closers, practitionerNames), open,
                    state != null && openable.contains(state.caseId()) ? state.caseId() : null,
                    r.service() != null && triageScope.contains(r.service())));
        }
        return shown;
    }

    private Map<UUID, String> practitionerNames(Collection<UUID> ids, PathwayUser user) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : new HashSet<>(ids)) {
            practitioners.practitioner(new PractitionerId(id), user).ifPresent(p -> names.put(id, p.name()));
        }
        return names;
    }

    private static String state(Row r, String service, CaseState state, Map<String, Accounts.AccountHolder> closers,
            Map<UUID, String> practitionerNames) {
        if (state != null && state.open()) {
            String with = practitionerNames.get(state.practitionerId());
            return "Open case" + (with == null ? "" : " with " + with) + " at " + service + " since "
                    + day(state.openedAt());
        }
        if (state != null) {
            Accounts.AccountHolder closer = state.closedBy() == null ? null : closers.get(state.closedBy());
            return "Case at " + service + " closed" + (state.closedAt() == null ? "" : " on " + day(state.closedAt()))
                    + (closer == null ? "" : " by " + closer.described())
                    + (state.closureReason() == null ? "" : ": " + state.closureReason());
        }
        return switch (r.status()) {
            case RECEIVED -> "Waiting for triage at " + service + " since " + day(r.receivedAt());
            case WAITLISTED -> "On the waiting list at " + service;
            case ACCEPTED -> "Accepted by " + service + (r.decidedAt() == null ? "" : " on " + day(r.decidedAt()));
            case DECLINED -> "Declined by " + service + (r.decidedAt() == null ? "" : " on " + day(r.decidedAt()));
            case REDIRECTED -> "Redirected by " + service + " to another service";
            case WITHDRAWN -> "Withdrawn from " + service;
        };
    }

    private static String day(Instant at) {
        return UkDates.longDay(at);
    }
}
