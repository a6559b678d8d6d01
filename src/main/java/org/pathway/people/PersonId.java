package org.pathway.people;

import java.util.UUID;

public record PersonId(UUID value) {

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
