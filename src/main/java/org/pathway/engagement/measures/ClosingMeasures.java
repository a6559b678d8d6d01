package org.pathway.engagement.measures;

import java.util.List;
import java.util.UUID;
import org.pathway.governance.PathwayUser;

/**
 * What closing a case needs of its outcome measures: the one type of this package another feature (closure) uses.
 */
public interface ClosingMeasures {

    /**
     * The measures with a baseline on the case, each with whether its closure occasion is recorded yet (the closure
     * page's prompt). Scoped as every case page: a case out of scope is not found.
     */
    List<Baselined> baselined(UUID caseId, PathwayUser user);

    /**
     * Each score's change from baseline to latest, one line each, for example: ONS4 wellbeing, Life satisfaction: 4
     * to 7 (+3, better, Low to High). For the summary to the GP, composed after the caller has checked scope.
     */
    List<String> changes(UUID caseId);

    record Baselined(UUID definitionId, String name, boolean closureRecorded) {}
}
