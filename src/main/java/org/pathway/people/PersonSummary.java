package org.pathway.people;

import java.time.LocalDate;
import java.time.Period;

/** A person as other modules show them. */
public record PersonSummary(PersonId id, String givenName, String familyName, LocalDate dateOfBirth,
        String nhsNumber, String postcode, String phone) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
