package org.pathway.access.intake;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.validation.BindingResult;

/** Which boxes of a form are ticked, read from the binding result so that every choice survives a problem. */
final class Ticked {

    private final BindingResult binding;

    Ticked(BindingResult binding) {
        this.binding = binding;
    }

    public boolean has(String field, Object candidate) {
        String wanted = String.valueOf(candidate);
        return values(field).anyMatch(wanted::equals);
    }

    public String value(String field) {
        return values(field).findFirst().orElse(null);
    }

    private Stream<String> values(String field) {
        Object value = binding.getRawFieldValue(field);
        Stream<?> items = value instanceof Collection<?> c ? c.stream()
                : value instanceof Object[] a ? Arrays.stream(a) : Stream.ofNullable(value);
        return items.filter(Objects::nonNull).map(Object::toString).filter(t -> !t.isBlank());
    }
}
