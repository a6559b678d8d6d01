package org.pathway.workforce;

import java.util.Objects;
import java.util.UUID;

/** Identifies a organisation between modules and aggregates. Prints as the bare UUID, so it binds from forms and paths. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID form used in paths and form fields; Spring's conversion service finds this method. A blank
     * value (a form's "Select..." option) is no id at all: null.
     */
    public static OrganisationId of(String value) {
        return value == null || value.isBlank() ? null : new OrganisationId(UUID.fromString(value.strip()));
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
