package org.pathway.engagement;

import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;

/**
 * The engagement module's facade for other modules that work on a case (activities connects the person to
 * community activities): the same scope as every case page, and what the case's plan says.
 */
public interface Cases {

    /** Who may work on cases: every case page and feature checks this, then the case's scope. */
    String WORK = "hasAuthority('" + Permissions.CASES_WORK + "')";

    /** Who may reallocate a case or give it to another link worker. */
    String MANAGE = "hasAuthority('" + Permissions.CASES_MANAGE + "')";

    /**
     * The case's header when the user may see the case (a link worker their own and those given to them, a
     * manager their organisation's), the view audited; otherwise a 404, the same as for a case that does not exist.
     * Engagement's own features (plans, measures, closure) start every page here too.
     */
    CaseSummary requireVisible(UUID caseId, PathwayUser user);

    /** The domains of the case's goals (names of engagement's goal domains), for a caller already in scope. */
    Set<String> goalDomains(UUID caseId);
}
