package org.pathway.people.register;

import java.util.ArrayList;
import java.util.List;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonMatch;
import org.pathway.people.PersonMatch.Candidate;
import org.pathway.shared.NhsNumber;
import org.pathway.shared.Postcode;

/** Decides whether known people are the person described: certainly, possibly, or not. */
final class PersonMatcher {

    private PersonMatcher() {}

    static PersonMatch decide(PersonDetails details, List<KnownPerson> sameDateOfBirth) {
        String nhs = details.nhsNumber() == null || details.nhsNumber().isBlank() ? null
                : NhsNumber.of(details.nhsNumber()).value();
        String postcode = details.postcode() == null || details.postcode().isBlank() ? null
                : Postcode.normalise(details.postcode());
        String given = NameMatching.normalise(details.givenName());
        String family = NameMatching.normalise(details.familyName());

        List<Candidate> certain = new ArrayList<>();
        List<Candidate> possible = new ArrayList<>();
        for (KnownPerson known : sameDateOfBirth) {
            if (nhs != null && known.nhsNumber() != null && !nhs.equals(known.nhsNumber())) {
                continue; // two valid, different NHS numbers: two different people
            }
            boolean exactNames = given.equals(known.matchGivenName()) && family.equals(known.matchFamilyName());
            boolean swappedNames = given.equals(known.matchFamilyName()) && family.equals(known.matchGivenName());
            boolean samePostcode = postcode != null && postcode.equals(known.postcode());
            if (exactNames && samePostcode) {
                certain.add(new Candidate(known.summary(), "same names, date of birth and postcode"));
                continue;
            }
            boolean similarNames = NameMatching.similarNormalised(given, known.matchGivenName())
                    && NameMatching.similarNormalised(family, known.matchFamilyName());
            if (exactNames || swappedNames || similarNames) {
                List<String> differences = new ArrayList<>();
                if (!exactNames) {
                    differences.add(swappedNames ? "first and last names swapped" : "names spelt differently");
                }
                if (!samePostcode) {
                    differences.add(postcode == null || known.postcode() == null ? "postcode missing"
                            : "different postcode");
                }
                possible.add(new Candidate(known.summary(), "same date of birth; " + String.join(", ", differences)));
            }
        }
        if (certain.size() == 1) {
            return new PersonMatch.Certain(certain.get(0).person(), certain.get(0).reason());
        }
        certain.addAll(possible);
        return certain.isEmpty() ? new PersonMatch.None() : new PersonMatch.Candidates(List.copyOf(certain));
    }
}
