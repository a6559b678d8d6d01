package org.pathway.engagement.measures;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.springframework.context.ApplicationContext;

/** Records outcome measures on a case as the record page does, for tests of other packages (browser tests). */
public final class MeasureTestSupport {

    private final CaseMeasures measures;

    private MeasureTestSupport(CaseMeasures measures) {
        this.measures = measures;
    }

    public static MeasureTestSupport from(ApplicationContext context) {
        return new MeasureTestSupport(context.getBean(CaseMeasures.class));
    }

    /** Records the answers (by item code) taken on the day; the user must be signed in. A refusal is thrown. */
    public UUID record(UUID caseId, UUID definitionId, String occasion, LocalDate takenOn, Map<String, String> answers,
            PathwayUser user) {
        return measures.record(caseId, definitionId, new CaseMeasures.Answers(occasion,
                String.valueOf(takenOn.getDayOfMonth()), String.valueOf(takenOn.getMonthValue()),
                String.valueOf(takenOn.getYear()), answers), user).recordId();
    }
}
