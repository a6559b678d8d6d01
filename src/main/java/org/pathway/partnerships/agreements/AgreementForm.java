package org.pathway.partnerships.agreements;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pathway.partnerships.AgreementKind;
import org.pathway.partnerships.Agreements.Agreement;
import org.pathway.partnerships.Agreements.AgreementCommand;
import org.pathway.shared.DateParts;
import org.pathway.workforce.OrganisationId;
import org.springframework.validation.Errors;

/** The agreement form as typed: dates in three boxes each, the parties ticked. */
record AgreementForm(String kind, String title, List<String> partyIds, String startsDay, String startsMonth,
        String startsYear, String reviewDay, String reviewMonth, String reviewYear, String expiresDay,
        String expiresMonth, String expiresYear, String notes) {

    static AgreementForm blank() {
        return new AgreementForm(null, null, List.of(), null, null, null, null, null, null, null, null, null, null);
    }

    static AgreementForm of(Agreement a) {
        return new AgreementForm(a.kind().name(), a.title(), a.parties().stream().map(p -> p.id().toString()).toList(),
                day(a.startsOn()), month(a.startsOn()), year(a.startsOn()), day(a.reviewOn()), month(a.reviewOn()),
                year(a.reviewOn()), day(a.expiresOn()), month(a.expiresOn()), year(a.expiresOn()), a.notes());
    }

    private static String day(LocalDate d) {
        return d == null ? null : String.valueOf(d.getDayOfMonth());
    }

    private static String month(LocalDate d) {
        return d == null ? null : String.valueOf(d.getMonthValue());
    }

    private static String year(LocalDate d) {
        return d == null ? null : String.valueOf(d.getYear());
    }

    /**
     * The command as far as it could be read; what could not be read (an unreal date, an unknown choice) is recorded
     * against its field and left out.
     */
    AgreementCommand read(Errors errors) {
        AgreementKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = AgreementKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("kind", "invalid", "Select what the agreement covers");
            }
        }
        Set<OrganisationId> parties = new LinkedHashSet<>();
        try {
            (partyIds == null ? List.<String>of() : partyIds).stream().map(OrganisationId::of)
                    .filter(java.util.Objects::nonNull).forEach(parties::add);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("partyIds", "invalid", "Choose organisations from the list");
        }
        LocalDate starts = date("Start date", "starts", startsDay, startsMonth, startsYear, errors);
        LocalDate review = date("Review date", "review", reviewDay, reviewMonth, reviewYear, errors);
        LocalDate expires = date("Expiry date", "expires", expiresDay, expiresMonth, expiresYear, errors);
        return new AgreementCommand(chosen, title, parties, starts, review, expires, notes);
    }

    private static LocalDate date(String label, String prefix, String day, String month, String year, Errors errors) {
        DateParts.Outcome outcome = DateParts.read(label, day, month, year);
        if (!outcome.ok()) {
            errors.rejectValue(prefix + outcome.problemPart(), "date", outcome.message());
            return null;
        }
        return outcome.date().orElse(null);
    }
}
