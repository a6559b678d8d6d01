package org.pathway.engagement.closure;

import java.util.UUID;
import org.pathway.engagement.ClosureReason;
import org.pathway.governance.PathwayUser;
import org.springframework.context.ApplicationContext;

/**
 * A test mother for closure: closes a case as the closure page does, so the message back to the GP and the referrer
 * is issued too. For tests of other packages (browser tests, {@code engagement.cases.TestCases}). The user must be
 * signed in; a refusal is thrown.
 */
public final class TestClosures {

    private final CaseClosure closure;

    private TestClosures(CaseClosure closure) {
        this.closure = closure;
    }

    public static TestClosures from(ApplicationContext context) {
        return new TestClosures(context.getBean(CaseClosure.class));
    }

    /** Closes the case for the reason, with the note (or none); returns how many open tasks were cancelled. */
    public int close(UUID caseId, ClosureReason reason, String note, PathwayUser user) {
        return closure.close(caseId, new CaseClosure.CloseForm(reason.name(), note), user).cancelledTasks();
    }
}
