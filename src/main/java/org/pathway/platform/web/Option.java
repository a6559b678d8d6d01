package org.pathway.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One choice in a select, radios or checkboxes: the submitted value and the words shown. */
public record Option(String value, String text) {

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
