package org.pathway.workforce.loading;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the demo's workforce history in batches. */
@Service
class WorkforceHistoryLoaderService implements WorkforceHistoryLoader {

    private static final String DEMO = "demo";

    private final JdbcTemplate jdbc;

    WorkforceHistoryLoaderService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UUID courseNamed(String name) {
        return jdbc.queryForObject("SELECT id FROM workforce.course WHERE lower(name) = lower(?)", UUID.class, name);
    }

    @Override
    public UUID specialismNamed(String name) {
        return jdbc.queryForObject("SELECT id FROM workforce.specialism WHERE lower(name) = lower(?)", UUID.class, name);
    }

    @Override
    @Transactional
    public Loaded load(History h) {
        Timestamp now = Timestamp.from(Instant.now());
        batch("INSERT INTO workforce.service_mandatory_course (service_id, course_id, renewal_months) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", h.mandatory().stream().map(m -> new Object[] {m.service().value(),
                        m.course(), m.renewalMonths()}).toList());
        batch("INSERT INTO workforce.training_record (id, practitioner_id, course_id, completed_on, expires_on, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                h.completions().stream().map(c -> new Object[] {UUID.randomUUID(), c.practitioner().value(), c.course(),
                        Date.valueOf(c.completedOn()), c.expiresOn() == null ? null : Date.valueOf(c.expiresOn()), DEMO,
                        now}).toList());
        batch("INSERT INTO workforce.service_supervision_requirement (service_id, kind, every_weeks) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", h.requirements().stream().map(r -> new Object[] {r.service().value(),
                        r.kind().name(), r.everyWeeks()}).toList());
        batch("INSERT INTO workforce.supervision_session (id, practitioner_id, kind, held_on, supervisor, minutes, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                h.sessions().stream().map(s -> new Object[] {UUID.randomUUID(), s.practitioner().value(),
                        s.kind().name(), Date.valueOf(s.heldOn()), s.supervisor(), s.minutes(), DEMO, now}).toList());
        batch("INSERT INTO workforce.equipment_provision (id, practitioner_id, item, provided_on, withdrawn_on, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                h.provisions().stream().map(p -> new Object[] {UUID.randomUUID(), p.practitioner().value(),
                        p.item().name(), Date.valueOf(p.providedOn()),
                        p.withdrawnOn() == null ? null : Date.valueOf(p.withdrawnOn()), DEMO, now}).toList());
        List<Object[]> bases = new ArrayList<>();
        List<Object[]> practices = new ArrayList<>();
        List<Object[]> specialisms = new ArrayList<>();
        List<Object[]> languages = new ArrayList<>();
        for (Profile p : h.profiles()) {
            bases.add(new Object[] {p.base() == null ? null : p.base().name(), p.practitioner().value()});
            p.practices().forEach(o -> practices.add(new Object[] {p.practitioner().value(), o.value()}));
            p.specialisms().forEach(s -> specialisms.add(new Object[] {p.practitioner().value(), s}));
            p.languages().forEach(l -> languages.add(new Object[] {p.practitioner().value(), l}));
        }
        batch("UPDATE workforce.practitioner SET base = ? WHERE id = ?", bases);
        batch("INSERT INTO workforce.practitioner_practice (practitioner_id, practice_id) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", practices);
        batch("INSERT INTO workforce.practitioner_specialism (practitioner_id, specialism_id) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", specialisms);
        batch("INSERT INTO workforce.practitioner_language (practitioner_id, language) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", languages);
        batch("INSERT INTO workforce.practice_champion (practice_id, name, role, phone, email, updated_by, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", h.champions().stream().map(c -> new Object[] {
                        c.practice().value(), c.name(), c.role(), c.phone(), c.email(), DEMO, now}).toList());
        batch("INSERT INTO workforce.pulse_schedule (organisation_id, every_weeks) VALUES (?, ?) ON CONFLICT DO NOTHING",
                h.schedules().stream().map(s -> new Object[] {s.organisation().value(), s.everyWeeks()}).toList());
        batch("INSERT INTO workforce.pulse_response (id, practitioner_id, period_start, submitted_at, workload, support, "
                + "clarity, confidence, wellbeing, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                h.pulses().stream().map(p -> new Object[] {UUID.randomUUID(), p.practitioner().value(),
                        Date.valueOf(p.periodStart()), Timestamp.from(p.submittedAt()), p.workload(), p.support(),
                        p.clarity(), p.confidence(), p.wellbeing(), p.comment()}).toList());
        timeUse(h.timeUse());
        return new Loaded(h.completions().size(), h.sessions().size(), h.provisions().size(), h.profiles().size(),
                h.champions().size(), h.pulses().size(), h.timeUse().size());
    }

    /** Weeks of time use, as arrays unnested by PostgreSQL: a few hundred thousand rows at national size. */
    private void timeUse(List<TimeUseWeek> weeks) {
        for (int from = 0; from < weeks.size(); from += 20_000) {
            List<TimeUseWeek> chunk = weeks.subList(from, Math.min(from + 20_000, weeks.size()));
            jdbc.update("""
                    INSERT INTO workforce.time_use (practitioner_id, week_starting, core_hours, welfare_hours,
                      practice_admin_hours, emergency_hours, training_hours, recorded_at)
                    SELECT * FROM unnest(?::text[]::uuid[], ?::text[]::date[], ?::text[]::numeric[], ?::text[]::numeric[],
                      ?::text[]::numeric[], ?::text[]::numeric[], ?::text[]::numeric[], ?::text[]::timestamptz[])
                    ON CONFLICT DO NOTHING""",
                    texts(chunk, w -> w.practitioner().value()), texts(chunk, TimeUseWeek::weekStarting),
                    texts(chunk, w -> w.hours().core()), texts(chunk, w -> w.hours().welfareCalls()),
                    texts(chunk, w -> w.hours().practiceAdmin()), texts(chunk, w -> w.hours().emergencyResponse()),
                    texts(chunk, w -> w.hours().training()), texts(chunk, TimeUseWeek::recordedAt));
        }
    }

    /** One column as text, for PostgreSQL to cast when it unnests it. */
    private static <T> String[] texts(List<T> rows, java.util.function.Function<T, Object> column) {
        return rows.stream().map(column).map(String::valueOf).toArray(String[]::new);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 5_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + 5_000, rows.size())));
        }
    }
}
