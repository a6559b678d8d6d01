package org.pathway.workforce.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathway.governance.PathwayUser;
import org.pathway.workforce.Equipment;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.PractitionerRegister.PractitionerSearch;
import org.pathway.workforce.PractitionerRegister.PractitionerSummary;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.Supervision;
import org.pathway.workforce.TeamCaseloads;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.Training;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A manager's team, one row per practitioner their organisation employs: each part read for the whole team at once
 * through the workforce facades and engagement's caseload count.
 */
@Component
class TeamQueries {

    /** More practitioners than any one employer has; the page pages the rows. */
    static final int MAX_TEAM = 2_000;

    enum Sort { NAME, CASELOAD, TRAINING, SUPERVISION, READINESS, PULSE, TIME_USE }

    private final PractitionerRegister register;
    private final TeamCaseloads caseloads;
    private final Training training;
    private final Supervision supervision;
    private final Equipment equipment;
    private final Pulse pulse;
    private final TimeUse timeUse;

    TeamQueries(PractitionerRegister register, TeamCaseloads caseloads, Training training, Supervision supervision,
            Equipment equipment, Pulse pulse, TimeUse timeUse) {
        this.timeUse = timeUse;
        this.register = register;
        this.caseloads = caseloads;
        this.training = training;
        this.supervision = supervision;
        this.equipment = equipment;
        this.pulse = pulse;
    }

    List<TeamMember> team(OrganisationId employer, LocalDate today, Sort sort, PathwayUser user) {
        List<PractitionerSummary> people = register.search(new PractitionerSearch(employer, null, null),
                PageRequest.of(0, MAX_TEAM), user).getContent();
        List<PractitionerId> ids = people.stream().map(PractitionerSummary::id).toList();
        Map<PractitionerId, Long> open = caseloads.openCases(ids);
        Map<PractitionerId, Integer> caps = register.caseloadCaps(ids, user);
        var trainingStatus = training.statuses(ids, today, user);
        var supervisionStatus = supervision.statuses(ids, today, user);
        Map<PractitionerId, Set<EquipmentItem>> held = equipment.heldOn(ids, today, user);
        Map<PractitionerId, Pulse.Latest> pulses = pulse.latestForTeam(ids, today, user);
        Map<PractitionerId, TimeUse.Share> shares = timeUse.recentShares(ids, today, user);
        List<TeamMember> rows = new ArrayList<>();
        for (PractitionerSummary p : people) {
            var t = trainingStatus.get(p.id());
            var s = supervisionStatus.get(p.id());
            Set<EquipmentItem> items = held.getOrDefault(p.id(), Set.of());
            Pulse.Latest latest = pulses.get(p.id());
            rows.add(new TeamMember(p.id(), p.name(), p.jobTitle(), p.fte(), open.getOrDefault(p.id(), 0L),
                    caps.get(p.id()), t == null ? 0 : t.gaps().size(), t == null ? 0 : t.expiring().size(),
                    s == null ? List.of() : s.overdue().stream().map(k -> k.kind().label()).toList(),
                    java.util.Arrays.stream(EquipmentItem.values()).filter(EquipmentItem::neededToWorkRemotely)
                            .allMatch(items::contains),
                    latest == null ? null : latest.latest(), latest != null && latest.due(), shares.get(p.id())));
        }
        rows.sort(order(sort));
        return rows;
    }

    /** Worst first for every column but the name, so what needs the manager's attention leads. */
    static Comparator<TeamMember> order(Sort sort) {
        Comparator<TeamMember> byName = Comparator.comparing(m -> m.name().toLowerCase(java.util.Locale.UK));
        Comparator<TeamMember> first = switch (sort) {
            case NAME -> byName;
            case CASELOAD -> Comparator.comparing(TeamMember::caseloadShare,
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case TRAINING -> Comparator.comparingInt((TeamMember m) -> m.trainingGaps() * 1000 + m.trainingExpiring())
                    .reversed();
            case SUPERVISION -> Comparator.comparingInt((TeamMember m) -> m.supervisionOverdue().size()).reversed();
            case READINESS -> Comparator.comparing(TeamMember::readyToWorkRemotely);
            case PULSE -> Comparator.comparing((TeamMember m) -> m.latestPulse() == null ? null
                    : m.latestPulse().wellbeing(), Comparator.nullsLast(Comparator.naturalOrder()));
            case TIME_USE -> Comparator.comparing((TeamMember m) -> m.otherWork() == null ? null
                    : m.otherWork().percent(), Comparator.nullsLast(Comparator.reverseOrder()));
        };
        return first.thenComparing(byName);
    }
}
