package org.pathway.engagement.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.measures.Scorer.Score;

/** One recorded questionnaire with its scores, in the order the measure reports them. */
record Recorded(UUID id, UUID definitionId, Occasion occasion, LocalDate takenOn, String recordedBy,
        List<Score> scores) {

    public Score score(String key) {
        return scores.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
