package org.pathway.engagement.cases;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One choice in radios or a select: the submitted value and the words shown. */
record Choice(String value, String text) {

    static <E extends Enum<E>> List<Choice> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
    }
}
