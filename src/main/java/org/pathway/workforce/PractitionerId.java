package org.pathway.workforce;

import java.util.Objects;
import java.util.UUID;

/** Identifies a practitioner between modules and aggregates. Prints as the bare UUID, so it binds from forms and paths. */
public record PractitionerId(UUID value) {

    public PractitionerId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID form used in paths and form fields; Spring's conversion service finds this method. A blank
     * value (a form's "Select..." option) is no id at all: null.
     */
    public static PractitionerId of(String value) {
        return value == null || value.isBlank() ? null : new PractitionerId(UUID.fromString(value.strip()));
    }

    public static PractitionerId random() {
        return new PractitionerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
