package org.pathway.engagement.closure;

import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.engagement.Cases;
import org.pathway.engagement.CaseSummary;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.pathway.access.ReferralOutcomeMessages.Code;
import org.pathway.access.ReferralOutcomeMessages.OutcomeMessage;
import org.pathway.engagement.ClosureReason;
import org.pathway.engagement.cases.CaseLifecycle;
import org.pathway.engagement.measures.ClosingMeasures;
import org.pathway.governance.AuditLog;
import org.pathway.platform.Refusal;
import org.pathway.governance.PathwayUser;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case: the reason, the closing measures prompt, and the message back to the GP and the referrer —
 * SNOMED CT codes from reference data always, a summary of the support only when the person consented to share
 * with their GP.
 */
@Service
class CaseClosure {

    static final int NOTE_MAX = 2000;

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final ClosingMeasures measures;
    private final People people;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CaseClosure(Cases cases, CaseLifecycle lifecycle, ClosingMeasures measures, People people, JdbcClient jdbc,
            AuditLog audit, Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.measures = measures;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A measure with a baseline on the case, and whether its closure occasion is recorded yet. */
    record ClosingMeasure(UUID definitionId, String name, boolean recorded) {}

    /**
     * The closure page: {@code codes} are the SNOMED CT codes each reason would send; {@code unanswered} the failed
     * attempts that decide whether "Unable to contact" may be chosen.
     */
    record Page(CaseSummary header, List<ClosingMeasure> closingMeasures, List<OutcomeMessage> messages,
            boolean shareWithGp, Map<ClosureReason, List<Code>> codes, CaseLifecycle.UnansweredAttempts unanswered) {

        List<ClosingMeasure> missing() {
            return closingMeasures.stream().filter(m -> !m.recorded()).toList();
        }

        public List<Code> unableToContactCodes() {
            return codes.get(ClosureReason.UNABLE_TO_CONTACT);
        }

        /** Whether the reason may be chosen now ("Unable to contact" only after enough attempts). */
        public boolean allows(ClosureReason reason) {
            return reason != ClosureReason.UNABLE_TO_CONTACT || unanswered.enough();
        }
    }

    @PreAuthorize(Cases.WORK)
    @Transactional(readOnly = true)
    Page page(UUID caseId, PathwayUser user) {
        CaseSummary header = cases.requireVisible(caseId, user);
        List<ClosingMeasure> closing = measures.baselined(caseId, user).stream()
                .map(m -> new ClosingMeasure(m.definitionId(), m.name(), m.closureRecorded())).toList();
        Map<ClosureReason, List<Code>> codes = new EnumMap<>(ClosureReason.class);
        for (ClosureReason reason : ClosureReason.values()) {
            codes.put(reason, codesFor(reason));
        }
        return new Page(header, closing, messagesOfCase(caseId), sharesWithGp(header), codes,
                lifecycle.unansweredAttempts(caseId));
    }

    private boolean sharesWithGp(CaseSummary header) {
        var consent = people.consents(new PersonId(header.personId())).get(ConsentPurpose.SHARE_WITH_GP);
        return consent != null && consent.given();
    }

    /** What was typed on the closure form. */
    record CloseForm(String reason, String note) {}

    /** The case closed, the message issued and how many open tasks were cancelled. */
    record Closed(OutcomeMessage message, int cancelledTasks) {}

    /** Closes the case and issues the message back to the GP and referrer; a {@link Refusal} says what is wrong. */
    @PreAuthorize(Cases.WORK)
    @Transactional
    Closed close(UUID caseId, CloseForm form, PathwayUser user) {
        List<Refusal.Problem> problems = new ArrayList<>();
        ClosureReason reason = null;
        try {
            reason = ClosureReason.valueOf(form.reason() == null ? "" : form.reason());
        } catch (IllegalArgumentException unknown) {
            problems.add(new Refusal.Problem("reason", "Choose why the case is closing"));
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().trim();
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(new Refusal.Problem("note", "The note must be " + NOTE_MAX + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        int cancelled;
        try {
            cancelled = lifecycle.close(caseId, reason, note, user);
        } catch (Refusal refused) {
            throw Refusal.of("reason", refused.firstMessage());
        }
        CaseSummary header = cases.requireVisible(caseId, user);
        return new Closed(issue(header, reason, user.getUsername()), cancelled);
    }

    /** Composes and stores the message back to the GP and the referrer for a case just closed. */
    OutcomeMessage issue(CaseSummary header, ClosureReason reason, String by) {
        List<Code> codes = codesFor(reason);
        String summary = sharesWithGp(header) ? summary(header, reason) : null;
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        StringBuilder codeText = new StringBuilder();
        codes.forEach(c -> codeText.append(c.code()).append('|').append(c.term()).append('\n'));
        jdbc.sql("""
                INSERT INTO engagement.outcome_message (id, case_id, referral_id, kind, codes, summary, issued_at, issued_by)
                VALUES (:id, :case, :referral, :kind, :codes, :summary, :at, :by)""")
                .param("id", id).param("case", header.caseId()).param("referral", header.referralId())
                .param("kind", summary == null ? "CODES_ONLY" : "SUMMARY").param("codes", codeText.toString())
                .param("summary", summary).param("at", Timestamp.from(now)).param("by", by).update();
        audit.changed("case", header.caseId().toString(),
                "message to the GP and referrer issued (" + (summary == null ? "codes only" : "with summary") + ")");
        return new OutcomeMessage(reason.label(), codes, summary, now);
    }

    List<Code> codesFor(ClosureReason reason) {
        return jdbc.sql("""
                SELECT s.code, s.term FROM engagement.closure_code c JOIN engagement.snomed_code s ON s.code = c.code
                WHERE c.closure_reason = :reason AND s.active ORDER BY c.position, s.code""")
                .param("reason", reason.name()).query((rs, n) -> new Code(rs.getString("code"), rs.getString("term")))
                .list();
    }

    /** A plain-English summary of the support and outcomes, for a person who consented to share with their GP. */
    String summary(CaseSummary header, ClosureReason reason) {
        StringBuilder s = new StringBuilder();
        long contacts = jdbc.sql("SELECT count(*) FROM engagement.contact WHERE case_id = ? AND successful")
                .param(header.caseId()).query(Long.class).single();
        s.append(header.personName()).append(" was supported by ").append(header.serviceName()).append(" from ")
                .append(UkDates.longDay(header.openedAt().atZone(UkTime.ZONE))).append(" to ")
                .append(UkDates.longDay((header.closedAt() == null ? clock.instant() : header.closedAt()).atZone(UkTime.ZONE)))
                .append(", with ").append(contacts).append(contacts == 1 ? " contact" : " contacts")
                .append(". The case closed: ").append(reason.label().toLowerCase()).append(".\n");
        List<String> goals = jdbc.sql("""
                SELECT g.wording, g.status,
                       (SELECT p.score FROM engagement.goal_progress p WHERE p.goal_id = g.id ORDER BY p.recorded_on, p.recorded_at LIMIT 1) AS first,
                       (SELECT p.score FROM engagement.goal_progress p WHERE p.goal_id = g.id ORDER BY p.recorded_on DESC, p.recorded_at DESC LIMIT 1) AS last
                FROM engagement.goal g WHERE g.case_id = ? ORDER BY g.created_at""")
                .param(header.caseId()).query((rs, n) -> {
                    String status = switch (rs.getString("status")) {
                        case "ACHIEVED" -> "achieved";
                        case "NO_LONGER_RELEVANT" -> "no longer relevant";
                        default -> "still being worked on";
                    };
                    Integer first = (Integer) rs.getObject("first");
                    Integer last = (Integer) rs.getObject("last");
                    return "- " + rs.getString("wording") + " (" + status
                            + (first == null ? "" : first.equals(last) ? ", progress " + last + " out of 10"
                                    : ", progress from " + first + " to " + last + " out of 10") + ")";
                }).list();
        if (!goals.isEmpty()) {
            s.append("Goals:\n");
            goals.forEach(g -> s.append(g).append('\n'));
        }
        List<String> changes = measures.changes(header.caseId()).stream().map(c -> "- " + c).toList();
        if (!changes.isEmpty()) {
            s.append("Outcome measures, first to latest:\n");
            changes.forEach(c -> s.append(c).append('\n'));
        }
        return s.toString().trim();
    }

    /** The messages issued for a case, newest first. */
    List<OutcomeMessage> messagesOfCase(UUID caseId) {
        return messages("case_id", caseId);
    }

    List<OutcomeMessage> messages(String column, UUID id) {
        return jdbc.sql("""
                SELECT m.codes, m.summary, m.issued_at, c.closure_reason
                FROM engagement.outcome_message m JOIN engagement.case_episode c ON c.id = m.case_id
                WHERE m.""" + column + " = :id ORDER BY m.issued_at DESC")
                .param("id", id).query((rs, n) -> {
                    List<Code> codes = new ArrayList<>();
                    for (String line : rs.getString("codes").split("\n")) {
                        int bar = line.indexOf('|');
                        if (bar > 0) {
                            codes.add(new Code(line.substring(0, bar), line.substring(bar + 1)));
                        }
                    }
                    String reason = rs.getString("closure_reason");
                    return new OutcomeMessage(reason == null ? "not recorded" : ClosureReason.valueOf(reason).label(),
                            codes, rs.getString("summary"), rs.getTimestamp("issued_at").toInstant());
                }).list();
    }
}
