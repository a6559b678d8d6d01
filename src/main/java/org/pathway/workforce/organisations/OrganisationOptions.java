package org.pathway.workforce.organisations;

import java.util.Collection;
import java.util.List;
import org.pathway.platform.web.Option;
import org.pathway.workforce.OrganisationRef;

/**
 * Organisations as choices in a select, each shown with its ODS code. Public for the services and practitioners
 * pages, which offer employers and areas.
 */
public final class OrganisationOptions {

    private OrganisationOptions() {}

    public static List<Option> of(Collection<OrganisationRef> organisations) {
        return organisations.stream().map(o -> new Option(o.id().toString(), o.displayName())).toList();
    }
}
