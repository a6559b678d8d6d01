package org.pathway.engagement.measures;

import org.pathway.platform.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures a service may use: the national ones and those its organisation defined for tools it holds a
 * licence for. Managers define measures for their own organisation only.
 */
@Service
class MeasureCatalogue {

    static final String DEFINE = "hasAuthority('" + Permissions.MEASURES_DEFINE + "')";

    private final MeasureDefinitionRepository definitions;
    private final AuditLog audit;
    private final Clock clock;

    MeasureCatalogue(MeasureDefinitionRepository definitions, AuditLog audit, Clock clock) {
        this.definitions = definitions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The measures offered on a case of a service run by this organisation. */
    @Transactional(readOnly = true)
    List<MeasureDefinition> availableTo(UUID organisationId) {
        return definitions.available(organisationId);
    }

    /** A measure offered on a case of a service run by this organisation; empty when it is another's own. */
    @Transactional(readOnly = true)
    Optional<MeasureDefinition> availableTo(UUID organisationId, UUID definitionId) {
        return definitions.find(definitionId)
                .filter(d -> d.national() || d.organisationId().equals(organisationId));
    }

    /** A definition by id, whoever owns it (for showing what was recorded under it). */
    @Transactional(readOnly = true)
    Optional<MeasureDefinition> find(UUID id) {
        return definitions.find(id);
    }

    @PreAuthorize(DEFINE)
    @Transactional(readOnly = true)
    List<MeasureDefinition> visibleTo(PathwayUser user) {
        return definitions.available(user.organisationId());
    }

    @PreAuthorize(DEFINE)
    @Transactional(readOnly = true)
    MeasureDefinition definition(UUID id, PathwayUser user) {
        return availableTo(user.organisationId(), id).orElseThrow(() -> NotFound.of("measure", id));
    }

    /** Saves the definition for the user's organisation, or returns the problems with what was typed. */
    @PreAuthorize(DEFINE)
    @Transactional
    MeasureForm.Checked define(MeasureForm form, PathwayUser user) {
        if (user.organisationId() == null) {
            throw new NotFound("Only a manager of an organisation defines its measures");
        }
        MeasureForm.Checked checked = form.check(user.organisationId());
        if (checked instanceof MeasureForm.Valid valid) {
            MeasureDefinition d = valid.definition();
            if (definitions.codeTaken(user.organisationId(), d.code())) {
                return new MeasureForm.Invalid(java.util.Map.of("code",
                        "There is already a measure with the code " + d.code() + ": choose another"));
            }
            definitions.insert(d, user.id(), user.displayName(), clock.instant());
            audit.changed("measure-definition", d.id().toString(),
                    "defined " + d.code() + " with a licence declaration for organisation " + user.organisationId());
        }
        return checked;
    }
}
