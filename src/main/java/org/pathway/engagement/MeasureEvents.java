package org.pathway.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the engagement module announces when outcome measures are recorded; insight listens. */
public final class MeasureEvents {

    private MeasureEvents() {}

    /**
     * A complete questionnaire was recorded and scored. {@code occasion} is BASELINE, REVIEW or CLOSURE; each score
     * is the total (key "total") or an item reported separately (key = the item's code).
     */
    public record MeasureRecorded(UUID recordId, UUID caseId, UUID serviceId, UUID organisationId, UUID definitionId,
            String measureCode, String occasion, LocalDate takenOn, List<RecordedScore> scores, Instant at, String by) {}

    public record RecordedScore(String key, String label, BigDecimal value, String band, boolean higherIsBetter) {}
}
