package org.pathway.workforce;

import java.util.Objects;
import java.util.UUID;

/** Identifies a service between modules and aggregates. Prints as the bare UUID, so it binds from forms and paths. */
public record ServiceId(UUID value) {

    public ServiceId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID form used in paths and form fields; Spring's conversion service finds this method. A blank
     * value (a form's "Select..." option) is no id at all: null.
     */
    public static ServiceId of(String value) {
        return value == null || value.isBlank() ? null : new ServiceId(UUID.fromString(value.strip()));
    }

    public static ServiceId random() {
        return new ServiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
