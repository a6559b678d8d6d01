package org.pathway.workforce.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.pathway.workforce.OrganisationRef;

/** One choice in a select, radios or checkboxes: the submitted value and the words shown. */
public record Option(String value, String text) {

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }

    public static List<Option> of(Collection<OrganisationRef> organisations) {
        return organisations.stream().map(o -> new Option(o.id().toString(), o.displayName())).toList();
    }
}
