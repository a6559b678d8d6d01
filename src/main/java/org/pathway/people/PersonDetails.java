package org.pathway.people;

import java.time.LocalDate;
import org.pathway.shared.EthnicCategory;

/**
 * What is known about a person when they are referred. Only names and date of birth are required; the
 * NHS number, when given, must be valid (callers validate forms with {@code NhsNumber.problemWith}).
 */
public record PersonDetails(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String nhsNumber,
        Sex sex,
        String gender,
        EthnicCategory ethnicCategory,
        String postcode,
        String phone,
        String email,
        ContactMethod preferredContact,
        String communicationNeeds,
        String interpreterLanguage) {

    /** The minimum a match needs. */
    public static PersonDetails of(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
            String postcode) {
        return new PersonDetails(givenName, familyName, dateOfBirth, nhsNumber, null, null, null, postcode, null, null,
                null, null, null);
    }
}
