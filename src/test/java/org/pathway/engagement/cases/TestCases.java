package org.pathway.engagement.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.ClosureReason;
import org.pathway.engagement.closure.TestClosures;
import org.pathway.engagement.measures.MeasureTestSupport;
import org.pathway.engagement.plans.TestPlans;
import org.pathway.governance.PathwayUser;
import org.pathway.people.PersonDetails;
import org.springframework.context.ApplicationContext;

/**
 * A test mother for the cases browser tests show: the test ICS's link worker's cases (Test Connect), opened from an
 * accepted referral ({@link CaseTestSupport}), and the work on them done as the case pages do it, signed in as the
 * link worker: contacts and attempts, notes and safeguarding concerns, a plan, an outcome measure and closure. A
 * refusal (a date in the future, a closed case) is thrown.
 */
public final class TestCases {

    /** ONS4 personal wellbeing, the national measure every case is offered. */
    public static final UUID ONS4 = UUID.fromString("5e0a0000-0000-4000-8000-000000000001");

    private final CaseTestSupport cases;
    private final CaseAccess access;
    private final CaseContacts contacts;
    private final CaseNotes notes;
    private final TestPlans plans;
    private final MeasureTestSupport measures;
    private final TestClosures closures;

    private TestCases(ApplicationContext context) {
        this.cases = CaseTestSupport.from(context);
        this.access = context.getBean(CaseAccess.class);
        this.contacts = context.getBean(CaseContacts.class);
        this.notes = context.getBean(CaseNotes.class);
        this.plans = TestPlans.from(context);
        this.measures = MeasureTestSupport.from(context);
        this.closures = TestClosures.from(context);
    }

    public static TestCases from(ApplicationContext context) {
        return new TestCases(context);
    }

    /** An open case about "Test {familyName}", with only what opening it does (the first contact task). */
    public UUID open(String familyName) {
        return cases.openCase(familyName);
    }

    /** An open case about a person registered with these details (how to reach them, their needs...). */
    public UUID openAbout(PersonDetails person) {
        return cases.openCase(cases.linkWorkerService(), person);
    }

    /** A phone contact that reached the person, on the day, with a note. */
    public void contact(UUID caseId, LocalDate on, int minutes, String note) {
        asLinkWorker(user -> contacts.recordContact(access.require(caseId, user), new CaseForms.ContactForm(
                String.valueOf(on.getDayOfMonth()), String.valueOf(on.getMonthValue()), String.valueOf(on.getYear()),
                "PHONE", String.valueOf(minutes), "CORE", "HOLISTIC", note, null, null, null, null, null), user));
    }

    /** A phone call that did not reach the person, on the day. */
    public void attempt(UUID caseId, LocalDate on) {
        asLinkWorker(user -> contacts.recordContact(access.require(caseId, user), new CaseForms.ContactForm(
                String.valueOf(on.getDayOfMonth()), String.valueOf(on.getMonthValue()), String.valueOf(on.getYear()),
                "PHONE", null, null, null, "No answer", null, null, null, null, "true"), user));
    }

    /** A note written now; a safeguarding concern stays open (and on the manager's caseload) until resolved. */
    public void note(UUID caseId, String body, boolean safeguarding) {
        asLinkWorker(user -> notes.addNote(access.require(caseId, user),
                new CaseForms.NoteForm(body, safeguarding ? "true" : null), user));
    }

    /** What matters to the person and one goal towards it, two of ten on the way. */
    public void plan(UUID caseId, String whatMatters, String goal) {
        asLinkWorker(user -> {
            plans.whatMatters(caseId, whatMatters, user);
            plans.goal(caseId, "CONNECTING", goal, LocalDate.now().plusMonths(2), 2, user);
            return null;
        });
    }

    /** ONS4 taken today on the occasion (BASELINE, REVIEW or CLOSURE) with these answers; returns the record. */
    public UUID ons4(UUID caseId, String occasion, int life, int worthwhile, int happy, int anxious) {
        return asLinkWorker(user -> measures.record(caseId, ONS4, occasion, LocalDate.now(), Map.of("life",
                String.valueOf(life), "worthwhile", String.valueOf(worthwhile), "happy", String.valueOf(happy),
                "anxious", String.valueOf(anxious)), user));
    }

    /**
     * An open case with work on every tab: a contact today, a plan (what matters, a goal) and an ONS4 baseline.
     */
    public UUID worked(String familyName) {
        UUID caseId = open(familyName);
        contact(caseId, LocalDate.now(), 40, "Talked about the lunch club");
        plan(caseId, "Getting out of the house and seeing people", "Go to the Tuesday lunch club");
        ons4(caseId, "BASELINE", 3, 5, 4, 7);
        return caseId;
    }

    /** A worked case, its ONS4 taken again at closure, then closed with its goals met as the closure page does. */
    public UUID closed(String familyName) {
        UUID caseId = worked(familyName);
        ons4(caseId, "CLOSURE", 7, 7, 7, 3);
        asLinkWorker(user -> closures.close(caseId, ClosureReason.GOALS_MET, "Goes to the lunch club every week",
                user));
        return caseId;
    }

    private <T> T asLinkWorker(java.util.function.Function<PathwayUser, T> action) {
        PathwayUser user = cases.user("linkworker");
        return cases.signedIn(user, () -> action.apply(user));
    }
}
