package org.pathway.access;

import java.util.Objects;
import java.util.UUID;

public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
