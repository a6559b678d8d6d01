package org.pathway.workforce.pulse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.Pulse;
import org.pathway.governance.AuditLog;
import org.pathway.workforce.WorkforceEvents.PulseAnswered;
import org.pathway.workforce.WorkforceEvents.PulseScheduleChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wellbeing pulse: answers, each organisation's schedule, and who may read an individual's answers. */
@Service
class PulseService implements Pulse {

    static final int MAX_COMMENT = 1000;

    static final String AUDITED = "pulse";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PulseService(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    private record Practitioner(PractitionerId id, String name, UUID employer, UUID account) {}

    private Optional<Practitioner> practitioner(PractitionerId id) {
        return jdbc.sql("SELECT id, name, employer_id, user_account_id FROM workforce.practitioner WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> new Practitioner(id, rs.getString("name"), rs.getObject("employer_id", UUID.class),
                        rs.getObject("user_account_id", UUID.class))).optional();
    }

    /**
     * Only the practitioner and their line manager: a service manager of the organisation that employs them. Not an
     * administrator, an ICS lead or a colleague.
     */
    static boolean mayRead(UUID employer, UUID account, PathwayUser user) {
        boolean own = account != null && account.equals(user.id());
        boolean lineManager = user.role() == Role.SERVICE_MANAGER && employer.equals(user.organisationId());
        return own || lineManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PulseHistory> history(PractitionerId id, LocalDate today, PathwayUser user) {
        return practitioner(id).filter(p -> mayRead(p.employer(), p.account(), user)).map(p -> {
            int every = everyWeeks(new OrganisationId(p.employer()));
            LocalDate period = Pulse.periodStart(today, every);
            List<Response> responses = responses(id);
            boolean due = responses.stream().noneMatch(r -> !r.periodStart().isBefore(period));
            // Answers about a person's wellbeing: every reading is in the audit log, the practitioner's own included.
            audit.viewed(AUDITED, id.value().toString(), responses.size() + " answers");
            return new PulseHistory(id, p.name(), every, period, due,
                    p.account() != null && p.account().equals(user.id()), responses);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean due(PractitionerId practitioner, LocalDate today) {
        return practitioner(practitioner).map(p -> {
            LocalDate period = Pulse.periodStart(today, everyWeeks(new OrganisationId(p.employer())));
            return jdbc.sql("SELECT count(*) FROM workforce.pulse_response WHERE practitioner_id = ? AND period_start >= ?")
                    .params(practitioner.value(), period).query(Long.class).single() == 0;
        }).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<PractitionerId, Latest> latestForTeam(java.util.Collection<PractitionerId> practitioners,
            LocalDate today, PathwayUser user) {
        java.util.Map<PractitionerId, Latest> latest = new java.util.LinkedHashMap<>();
        if (user.role() != Role.SERVICE_MANAGER || user.organisationId() == null || practitioners.isEmpty()) {
            return latest;
        }
        OrganisationId employer = new OrganisationId(user.organisationId());
        LocalDate period = Pulse.periodStart(today, everyWeeks(employer));
        jdbc.sql("""
                SELECT p.id AS practitioner_id, r.id, r.period_start, r.submitted_at, r.workload, r.support, r.clarity,
                       r.confidence, r.wellbeing, r.comment
                FROM workforce.practitioner p
                LEFT JOIN LATERAL (SELECT * FROM workforce.pulse_response x WHERE x.practitioner_id = p.id
                                   ORDER BY x.period_start DESC LIMIT 1) r ON TRUE
                WHERE p.id = ANY (?) AND p.employer_id = ?""")
                .params(practitioners.stream().map(PractitionerId::value).toArray(UUID[]::new), employer.value())
                .query(rs -> {
                    Response response = rs.getObject("id") == null ? null : new Response(rs.getObject("id", UUID.class),
                            rs.getObject("period_start", LocalDate.class), rs.getTimestamp("submitted_at").toInstant(),
                            rs.getInt("workload"), rs.getInt("support"), rs.getInt("clarity"), rs.getInt("confidence"),
                            rs.getInt("wellbeing"), rs.getString("comment"));
                    latest.put(new PractitionerId(rs.getObject("practitioner_id", UUID.class)), new Latest(response,
                            response == null || response.periodStart().isBefore(period)));
                });
        audit.viewedAll(AUDITED, latest.entrySet().stream().filter(e -> e.getValue().latest() != null)
                .map(e -> e.getKey().value().toString()).toList(), "latest answer, team page");
        return latest;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamPeriod> teamTrend(OrganisationId employer, LocalDate from, PathwayUser user) {
        if (user.role() != Role.SERVICE_MANAGER || !employer.value().equals(user.organisationId())) {
            throw new AccessDeniedException("Only the team's line manager sees its pulse");
        }
        return jdbc.sql("""
                SELECT r.period_start, count(*) AS answers, avg(r.workload) AS workload, avg(r.support) AS support,
                       avg(r.clarity) AS clarity, avg(r.confidence) AS confidence, avg(r.wellbeing) AS wellbeing
                FROM workforce.pulse_response r JOIN workforce.practitioner p ON p.id = r.practitioner_id
                WHERE p.employer_id = ? AND r.period_start >= ?
                GROUP BY r.period_start ORDER BY r.period_start""")
                .params(employer.value(), from)
                .query((rs, n) -> new TeamPeriod(rs.getObject("period_start", LocalDate.class), rs.getInt("answers"),
                        rs.getDouble("workload"), rs.getDouble("support"), rs.getDouble("clarity"),
                        rs.getDouble("confidence"), rs.getDouble("wellbeing"))).list();
    }

    private List<Response> responses(PractitionerId id) {
        return jdbc.sql("""
                SELECT id, period_start, submitted_at, workload, support, clarity, confidence, wellbeing, comment
                FROM workforce.pulse_response WHERE practitioner_id = ? ORDER BY period_start DESC""")
                .param(id.value())
                .query((rs, n) -> new Response(rs.getObject("id", UUID.class),
                        rs.getObject("period_start", LocalDate.class), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getInt("workload"), rs.getInt("support"), rs.getInt("clarity"), rs.getInt("confidence"),
                        rs.getInt("wellbeing"), rs.getString("comment"))).list();
    }

    @Override
    @Transactional
    public void answer(Answers answers, LocalDate today, PathwayUser user) {
        Practitioner self = jdbc.sql("""
                SELECT id, name, employer_id, user_account_id FROM workforce.practitioner WHERE user_account_id = ?""")
                .param(user.id())
                .query((rs, n) -> new Practitioner(new PractitionerId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getObject("employer_id", UUID.class),
                        rs.getObject("user_account_id", UUID.class))).optional()
                .orElseThrow(() -> new AccessDeniedException("Only a practitioner answers the pulse, for themselves"));
        List<Refusal.Problem> problems = new ArrayList<>();
        check("workload", "how manageable your workload is", answers.workload(), problems);
        check("support", "how supported you feel", answers.support(), problems);
        check("clarity", "how clear your remit is", answers.clarity(), problems);
        check("confidence", "how confident you feel with the needs referred to you", answers.confidence(), problems);
        check("wellbeing", "your wellbeing", answers.wellbeing(), problems);
        String comment = Text.blankToNull(answers.comment());
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new Refusal.Problem("comment", "Comment must be " + MAX_COMMENT + " characters or fewer"));
        }
        int every = everyWeeks(new OrganisationId(self.employer()));
        LocalDate period = Pulse.periodStart(today, every);
        if (problems.isEmpty() && responses(self.id()).stream().anyMatch(r -> !r.periodStart().isBefore(period))) {
            problems.add(new Refusal.Problem(null, "You have already answered this pulse. The next one opens on "
                    + org.pathway.platform.UkDates.longDay(period.plusWeeks(every))));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO workforce.pulse_response
                  (id, practitioner_id, period_start, submitted_at, workload, support, clarity, confidence, wellbeing, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), self.id().value(), period, Timestamp.from(now), answers.workload(),
                        answers.support(), answers.clarity(), answers.confidence(), answers.wellbeing(), comment)
                .update();
        audit.changed(AUDITED, self.id().value().toString(), "answered the pulse for the period from " + period);
        events.publishEvent(new PulseAnswered(self.id().value(), self.employer(), period, answers.workload(),
                answers.support(), answers.clarity(), answers.confidence(), answers.wellbeing(), now));
    }

    private static void check(String field, String what, Integer value, List<Refusal.Problem> problems) {
        if (value == null) {
            problems.add(new Refusal.Problem(field, "Choose a number from 1 to 5 for " + what));
        } else if (value < 1 || value > 5) {
            problems.add(new Refusal.Problem(field, "Answer for " + what + " must be from 1 to 5"));
        }
    }

    @Override
    public int everyWeeks(OrganisationId organisation) {
        return jdbc.sql("SELECT every_weeks FROM workforce.pulse_schedule WHERE organisation_id = ?")
                .param(organisation.value()).query(Integer.class).optional().orElse(DEFAULT_EVERY_WEEKS);
    }

    @Override
    @Transactional
    public void setEveryWeeks(OrganisationId organisation, int everyWeeks, PathwayUser user) {
        if (user.role() != Role.ADMINISTRATOR && !organisation.value().equals(user.organisationId())) {
            throw new AccessDeniedException("You can only set your own organisation's pulse");
        }
        if (jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE id = ?").param(organisation.value())
                .query(Long.class).single() == 0) {
            throw NotFound.of("organisation", organisation);
        }
        if (everyWeeks < 1 || everyWeeks > 26) {
            throw Refusal.of("everyWeeks", "Ask every 1 to 26 weeks");
        }
        jdbc.sql("""
                INSERT INTO workforce.pulse_schedule (organisation_id, every_weeks) VALUES (?, ?)
                ON CONFLICT (organisation_id) DO UPDATE SET every_weeks = EXCLUDED.every_weeks""")
                .params(organisation.value(), everyWeeks).update();
        audit.changed("organisation", organisation.value().toString(), "pulse asked every " + everyWeeks + " weeks");
        events.publishEvent(new PulseScheduleChanged(organisation.value(), everyWeeks, clock.instant()));
    }
}
