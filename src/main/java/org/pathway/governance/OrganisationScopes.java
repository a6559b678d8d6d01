package org.pathway.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisations a user can be scoped to. Governance owns users but not organisations: the
 * workforce module implements this port, so governance never depends on workforce.
 */
public interface OrganisationScopes {

    /** Every organisation a user may be attached to, for the administrator's form, ordered by name. */
    List<ScopeOption> options();

    Optional<String> nameOf(UUID organisationId);

    record ScopeOption(UUID id, String name, String kind) {}
}
