package org.pathway.workforce.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.Supervision;
import org.pathway.workforce.Training;
import org.pathway.workforce.timeuse.TimeUseTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ICS's workforce in aggregate: its practitioners (those employed by organisations within the ICS) grouped by
 * employer and by the delivery model of the services they deliver, with readiness on a date, training, supervision
 * and the latest pulse of the last three months. Individuals never leave this class: only group figures do.
 */
@Component
class WorkforceOverviewQueries {

    static final int PULSE_MONTHS = 3;

    private final JdbcClient jdbc;
    private final Training training;
    private final Supervision supervision;
    private final TimeUseTotals timeUse;

    WorkforceOverviewQueries(JdbcClient jdbc, Training training, Supervision supervision, TimeUseTotals timeUse) {
        this.timeUse = timeUse;
        this.jdbc = jdbc;
        this.training = training;
        this.supervision = supervision;
    }

    private record Member(PractitionerId id, BigDecimal fte, EmployerGroup group, Set<AccessModel> models) {}

    private record Pulse(int wellbeing, int workload) {}

    record Overview(List<GroupFigures> byEmployer, List<GroupFigures> byModel, GroupFigures all) {}

    Overview overview(OrganisationId ics, LocalDate readinessOn, LocalDate today) {
        Map<PractitionerId, Member> members = new LinkedHashMap<>();
        jdbc.sql("""
                WITH RECURSIVE within (id) AS (
                  SELECT id FROM workforce.organisation WHERE id = ?
                  UNION ALL SELECT o.id FROM workforce.organisation o JOIN within w ON o.parent_id = w.id)
                SELECT p.id, p.fte, o.employer_type, o.contracting,
                       array_remove(array_agg(DISTINCT s.access_model), NULL) AS models
                FROM workforce.practitioner p JOIN workforce.organisation o ON o.id = p.employer_id
                LEFT JOIN workforce.practitioner_service ps ON ps.practitioner_id = p.id
                LEFT JOIN workforce.service s ON s.id = ps.service_id
                WHERE p.employer_id IN (SELECT id FROM within)
                GROUP BY p.id, p.fte, o.employer_type, o.contracting""")
                .param(ics.value())
                .query(rs -> {
                    Set<AccessModel> models = EnumSet.noneOf(AccessModel.class);
                    for (String model : (String[]) rs.getArray("models").getArray()) {
                        models.add(AccessModel.valueOf(model));
                    }
                    String type = rs.getString("employer_type");
                    String contracting = rs.getString("contracting");
                    PractitionerId id = new PractitionerId(rs.getObject("id", UUID.class));
                    members.put(id, new Member(id, rs.getBigDecimal("fte"), EmployerGroup.of(
                            type == null ? null : EmployerType.valueOf(type),
                            contracting == null ? null : Contracting.valueOf(contracting)), models));
                });
        UUID[] ids = members.keySet().stream().map(PractitionerId::value).toArray(UUID[]::new);
        Map<PractitionerId, Set<EquipmentItem>> held = new HashMap<>();
        jdbc.sql("""
                SELECT practitioner_id, item FROM workforce.equipment_provision
                WHERE practitioner_id = ANY (?) AND provided_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)""")
                .params(ids, readinessOn, readinessOn)
                .query(rs -> {
                    held.computeIfAbsent(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                            k -> EnumSet.noneOf(EquipmentItem.class)).add(EquipmentItem.valueOf(rs.getString("item")));
                });
        Map<PractitionerId, Pulse> pulses = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (practitioner_id) practitioner_id, wellbeing, workload
                FROM workforce.pulse_response WHERE practitioner_id = ANY (?) AND period_start >= ?
                ORDER BY practitioner_id, period_start DESC""")
                .params(ids, today.minusMonths(PULSE_MONTHS))
                .query(rs -> {
                    pulses.put(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                            new Pulse(rs.getInt("wellbeing"), rs.getInt("workload")));
                });
        Map<PractitionerId, Integer> gaps = training.gapCounts(members.keySet(), today);
        Map<PractitionerId, Integer> overdue = supervision.overdueCounts(members.keySet(), today);

        Map<EmployerGroup, List<Member>> byEmployer = new EnumMap<>(EmployerGroup.class);
        Map<AccessModel, List<Member>> byModel = new EnumMap<>(AccessModel.class);
        for (Member m : members.values()) {
            byEmployer.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
            m.models().forEach(model -> byModel.computeIfAbsent(model, k -> new ArrayList<>()).add(m));
        }
        Function<Map.Entry<String, List<Member>>, GroupFigures> figures = e -> figures(e.getKey(), e.getValue(), held,
                pulses, gaps, overdue);
        List<GroupFigures> employers = new ArrayList<>();
        byEmployer.forEach((group, list) -> employers.add(figures.apply(Map.entry(group.label(), list))));
        List<GroupFigures> models = new ArrayList<>();
        byModel.forEach((model, list) -> models.add(figures.apply(Map.entry(
                model == AccessModel.OPEN ? "Open services" : "Boundaried services", list))));
        return new Overview(withholdComplement(employers), models,
                figures.apply(Map.entry("All practitioners", new ArrayList<>(members.values()))));
    }

    /**
     * Groups partition the total, so one small group alone could be worked out as the total less the others: then the
     * next smallest group is withheld too.
     */
    static List<GroupFigures> withholdComplement(List<GroupFigures> groups) {
        long small = groups.stream().filter(GroupFigures::suppressed).count();
        if (small != 1) {
            return groups;
        }
        GroupFigures next = groups.stream().filter(g -> !g.suppressed())
                .min(java.util.Comparator.comparingInt(GroupFigures::practitioners)).orElse(null);
        return groups.stream().map(g -> g == next ? g.withholding() : g).toList();
    }

    private static GroupFigures figures(String label, List<Member> members, Map<PractitionerId, Set<EquipmentItem>> held,
            Map<PractitionerId, Pulse> pulses, Map<PractitionerId, Integer> gaps, Map<PractitionerId, Integer> overdue) {
        int laptop = 0;
        int mobile = 0;
        int video = 0;
        int record = 0;
        int ready = 0;
        int trained = 0;
        int supervised = 0;
        int answers = 0;
        long wellbeing = 0;
        long workload = 0;
        BigDecimal fte = BigDecimal.ZERO;
        for (Member m : members) {
            Set<EquipmentItem> items = held.getOrDefault(m.id(), Set.of());
            laptop += items.contains(EquipmentItem.LAPTOP) ? 1 : 0;
            mobile += items.contains(EquipmentItem.WORK_MOBILE) ? 1 : 0;
            video += items.contains(EquipmentItem.VIDEO_LICENCE) ? 1 : 0;
            record += items.contains(EquipmentItem.REMOTE_RECORD_ACCESS) ? 1 : 0;
            ready += items.containsAll(List.of(EquipmentItem.LAPTOP, EquipmentItem.WORK_MOBILE,
                    EquipmentItem.VIDEO_LICENCE, EquipmentItem.REMOTE_RECORD_ACCESS)) ? 1 : 0;
            trained += gaps.getOrDefault(m.id(), 0) == 0 ? 1 : 0;
            supervised += overdue.getOrDefault(m.id(), 0) == 0 ? 1 : 0;
            Pulse pulse = pulses.get(m.id());
            if (pulse != null) {
                answers++;
                wellbeing += pulse.wellbeing();
                workload += pulse.workload();
            }
            fte = fte.add(m.fte());
        }
        return new GroupFigures(label, members.size(), fte, laptop, mobile, video, record, ready, trained, supervised,
                answers, answers == 0 ? null : (double) wellbeing / answers,
                answers == 0 ? null : (double) workload / answers, false);
    }

    /** One employer group's mean wellbeing in a quarter; null when fewer than 5 practitioners answered. */
    record QuarterMean(LocalDate quarter, EmployerGroup group, Double meanWellbeing, int practitioners) {}

    /**
     * Mean wellbeing by employer group and quarter since {@code from}, from each practitioner's answers (each
     * practitioner's mean in the quarter counts once, so those asked fortnightly do not outweigh the rest).
     */
    List<QuarterMean> wellbeingByQuarter(OrganisationId ics, LocalDate from) {
        List<QuarterMean> means = new ArrayList<>();
        jdbc.sql("""
                WITH RECURSIVE within (id) AS (
                  SELECT id FROM workforce.organisation WHERE id = ?
                  UNION ALL SELECT o.id FROM workforce.organisation o JOIN within w ON o.parent_id = w.id),
                each AS (
                  SELECT p.id, o.employer_type, o.contracting,
                         CAST(date_trunc('quarter', r.period_start) AS date) AS quarter, avg(r.wellbeing) AS wellbeing
                  FROM workforce.pulse_response r
                  JOIN workforce.practitioner p ON p.id = r.practitioner_id
                  JOIN workforce.organisation o ON o.id = p.employer_id
                  WHERE p.employer_id IN (SELECT id FROM within) AND r.period_start >= ?
                  GROUP BY p.id, o.employer_type, o.contracting, CAST(date_trunc('quarter', r.period_start) AS date))
                SELECT employer_type, contracting, quarter, avg(wellbeing) AS wellbeing, count(*) AS practitioners
                FROM each GROUP BY employer_type, contracting, quarter ORDER BY quarter""")
                .params(ics.value(), from)
                .query(rs -> {
                    String type = rs.getString("employer_type");
                    String contracting = rs.getString("contracting");
                    EmployerGroup group = EmployerGroup.of(type == null ? null : EmployerType.valueOf(type),
                            contracting == null ? null : Contracting.valueOf(contracting));
                    means.add(new QuarterMean(rs.getObject("quarter", LocalDate.class), group,
                            rs.getDouble("wellbeing"), rs.getInt("practitioners")));
                });
        // Two kinds of VCSE share a group only through EmployerGroup.of: merge rows of the same group and quarter.
        Map<String, double[]> merged = new LinkedHashMap<>();
        for (QuarterMean m : means) {
            double[] sum = merged.computeIfAbsent(m.quarter() + "|" + m.group().name(), k -> new double[2]);
            sum[0] += m.meanWellbeing() * m.practitioners();
            sum[1] += m.practitioners();
        }
        List<QuarterMean> result = new ArrayList<>();
        merged.forEach((key, sum) -> {
            String[] parts = key.split("\\|");
            int n = (int) sum[1];
            result.add(new QuarterMean(LocalDate.parse(parts[0]), EmployerGroup.valueOf(parts[1]),
                    n < GroupFigures.SMALL_NUMBER ? null : sum[0] / sum[1], n));
        });
        return result;
    }

    /** One employer group's share of recorded hours on other work in a quarter; null when fewer than 5 recorded. */
    record QuarterShare(LocalDate quarter, EmployerGroup group, Integer otherPercent, int practitioners) {}

    /**
     * The share of recorded hours on other work (welfare calls recorded in Pathway included) by employer group and
     * quarter since {@code from}.
     */
    List<QuarterShare> otherWorkByQuarter(OrganisationId ics, LocalDate from, LocalDate today) {
        Map<PractitionerId, String> groups = new HashMap<>();
        jdbc.sql("""
                WITH RECURSIVE within (id) AS (
                  SELECT id FROM workforce.organisation WHERE id = ?
                  UNION ALL SELECT o.id FROM workforce.organisation o JOIN within w ON o.parent_id = w.id)
                SELECT p.id, o.employer_type, o.contracting
                FROM workforce.practitioner p JOIN workforce.organisation o ON o.id = p.employer_id
                WHERE p.employer_id IN (SELECT id FROM within)""")
                .param(ics.value())
                .query(rs -> {
                    String type = rs.getString("employer_type");
                    String contracting = rs.getString("contracting");
                    groups.put(new PractitionerId(rs.getObject("id", UUID.class)), EmployerGroup.of(
                            type == null ? null : EmployerType.valueOf(type),
                            contracting == null ? null : Contracting.valueOf(contracting)).name());
                });
        return timeUse.byGroup(groups, TimeUseTotals.Period.QUARTER, from, today).stream()
                .map(g -> new QuarterShare(g.periodStart(), EmployerGroup.valueOf(g.group()),
                        g.practitioners() < GroupFigures.SMALL_NUMBER ? null
                                : (int) Math.round(100 * g.other().doubleValue() / g.total().doubleValue()),
                        g.practitioners()))
                .toList();
    }
}
