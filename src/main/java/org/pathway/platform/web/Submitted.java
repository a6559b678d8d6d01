package org.pathway.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What a form holds, field by field, as text: for checkboxes and for revealing the questions that belong to a
 * choice. Read from the binding result, because after a post the command is not built when a value could not
 * be read (letters in a number field), yet everything the person chose must stay chosen.
 */
public final class Submitted {

    private final BindingResult binding;

    private Submitted(BindingResult binding) {
        this.binding = binding;
    }

    /** After a post: the values as bound, or as typed where they could not be. */
    public static Submitted of(BindingResult binding) {
        return new Submitted(binding);
    }

    /** Before a post: the values of the command that fills the form. */
    public static Submitted of(Object command) {
        return new Submitted(new BeanPropertyBindingResult(command, "form"));
    }

    /** A single-choice field's value: an enum's name, an id, or null when nothing is chosen. */
    public String value(String field) {
        return values(field).findFirst().orElse(null);
    }

    /** Whether a checkbox or radio with this value is chosen. */
    public boolean has(String field, Object candidate) {
        String wanted = String.valueOf(candidate);
        return values(field).anyMatch(wanted::equals);
    }

    private Stream<String> values(String field) {
        // As typed, or as bound and formatted for display; but formatting joins a list of ticked boxes into one
        // "A,B", so a bound list is read as the list itself.
        Object value = binding.getFieldValue(field);
        Object raw = boundOrNull(field);
        if (raw instanceof Collection<?> || raw instanceof Object[]) {
            value = raw;
        }
        Stream<?> items = value instanceof Collection<?> collection ? collection.stream()
                : value instanceof Object[] array ? Arrays.stream(array)
                : Stream.ofNullable(value);
        return items.filter(Objects::nonNull)
                .map(item -> item instanceof Enum<?> constant ? constant.name() : item.toString())
                .filter(text -> !text.isBlank());
    }

    private Object boundOrNull(String field) {
        FieldError error = binding.getFieldError(field);
        if (binding.getTarget() == null || error != null && error.isBindingFailure()) {
            return null;
        }
        try {
            return binding.getRawFieldValue(field);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
