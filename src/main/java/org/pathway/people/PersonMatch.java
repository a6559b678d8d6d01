package org.pathway.people;

import java.util.List;

/**
 * The result of looking for a person who is already known: certainly the same person, possibly one of
 * some candidates (a practitioner chooses), or nobody.
 */
public sealed interface PersonMatch {

    /** Same NHS number, or the same names, date of birth and postcode once case, spacing and punctuation are ignored. */
    record Certain(PersonSummary person, String reason) implements PersonMatch {}

    /** Close but not certain (a typo in a name, a different postcode): a person must decide. */
    record Candidates(List<Candidate> candidates) implements PersonMatch {}

    record None() implements PersonMatch {}

    record Candidate(PersonSummary person, String reason) {}
}
