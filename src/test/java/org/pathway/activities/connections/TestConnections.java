package org.pathway.activities.connections;

import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.governance.PathwayUser;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.support.TestIcs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The activities test mother for connections on the test ICS: a case's person connected to a listing as the link
 * worker does it from the case's Connections page (engagement's {@link Cases} for the case, {@link ConnectionChanges}
 * for the connection), their consent to share with providers recorded through {@link People} first.
 */
@Component
@ConditionalOnProperty(name = "pathway.test-ics", havingValue = "true")
public class TestConnections {

    private final Cases cases;
    private final ConnectionChanges changes;
    private final People people;
    private final TestIcs ics;

    TestConnections(Cases cases, ConnectionChanges changes, People people, TestIcs ics) {
        this.cases = cases;
        this.changes = changes;
        this.people = people;
        this.ics = ics;
    }

    /**
     * The person of the link worker's case, who consents to share their details with providers, referred to a
     * direct-referral listing: the provider has it to answer.
     */
    public UUID refer(UUID caseId, UUID listingId) {
        PathwayUser linkWorker = ics.user("linkworker");
        return TestIcs.as(linkWorker, () -> {
            CaseSummary c = cases.requireVisible(caseId, linkWorker);
            people.recordConsent(new PersonId(c.personId()), ConsentPurpose.SHARE_WITH_PROVIDERS, true,
                    linkWorker.displayName());
            return changes.connect(c, listingId, ConnectionChanges.Action.REFER, false, null, null, true, linkWorker);
        });
    }
}
