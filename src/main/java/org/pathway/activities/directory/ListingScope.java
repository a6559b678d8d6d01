package org.pathway.activities.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;

/**
 * Which listings a user may change, in SQL: {@link #SQL} restricts listing {@code l} to :all, or to those whose
 * organisation is the user's (:org); {@link #params} binds both for the user.
 */
final class ListingScope {

    static final String SQL = "(:all OR l.organisation_id IN (SELECT so.id FROM activities.organisation so"
            + " WHERE so.workforce_organisation_id = CAST(:org AS uuid)))";

    private ListingScope() {}

    /** An administrator may change any listing; a service manager may verify any; others their organisation's. */
    static Map<String, Object> params(PathwayUser user, boolean verifying) {
        Map<String, Object> p = new LinkedHashMap<>();
        boolean all = user.role() == Role.ADMINISTRATOR || (verifying && user.role() == Role.SERVICE_MANAGER);
        p.put("all", all);
        p.put("org", all ? null : user.organisationId());
        return p;
    }
}
