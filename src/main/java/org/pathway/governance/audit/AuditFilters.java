package org.pathway.governance.audit;

import java.util.Optional;
import org.pathway.shared.DateParts;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page's search form, exactly as typed (so it can be shown back), with the paging cursor.
 * {@link #validate} turns it into search criteria or records what is wrong against each field.
 */
record AuditFilters(String actor, String recordType, String recordId, String action,
        String fromDay, String fromMonth, String fromYear, String toDay, String toMonth, String toYear,
        String before, String after) {

    static final String FROM_LABEL = "From date";
    static final String TO_LABEL = "To date";

    Optional<AuditSearch.Criteria> validate(Errors errors) {
        DateParts.Outcome from = DateParts.read(FROM_LABEL, fromDay, fromMonth, fromYear);
        DateParts.Outcome to = DateParts.read(TO_LABEL, toDay, toMonth, toYear);
        if (!from.ok()) {
            errors.rejectValue("from" + from.problemPart(), "date", from.message());
        }
        if (!to.ok()) {
            errors.rejectValue("to" + to.problemPart(), "date", to.message());
        }
        if (from.ok() && to.ok() && from.date().isPresent() && to.date().isPresent()
                && to.date().get().isBefore(from.date().get())) {
            errors.rejectValue("toDay", "date", TO_LABEL + " must be the same as or after the from date");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new AuditSearch.Criteria(actor, recordType, recordId, action,
                from.date().orElse(null), to.date().orElse(null)));
    }

    boolean hasFilters() {
        return !AuditSearch.blank(actor) || !AuditSearch.blank(recordType) || !AuditSearch.blank(recordId)
                || !AuditSearch.blank(action) || !AuditSearch.blank(fromDay) || !AuditSearch.blank(fromMonth)
                || !AuditSearch.blank(fromYear) || !AuditSearch.blank(toDay) || !AuditSearch.blank(toMonth)
                || !AuditSearch.blank(toYear);
    }

    /** A link to this search, without a cursor, for paging links to add theirs to. */
    UriComponentsBuilder link() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
        add(uri, "actor", actor);
        add(uri, "recordType", recordType);
        add(uri, "recordId", recordId);
        add(uri, "action", action);
        add(uri, "fromDay", fromDay);
        add(uri, "fromMonth", fromMonth);
        add(uri, "fromYear", fromYear);
        add(uri, "toDay", toDay);
        add(uri, "toMonth", toMonth);
        add(uri, "toYear", toYear);
        return uri;
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (!AuditSearch.blank(value)) {
            uri.queryParam(name, value.strip());
        }
    }
}
