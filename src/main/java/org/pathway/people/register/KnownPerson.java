package org.pathway.people.register;

import org.pathway.people.PersonSummary;

/** What matching needs of a person already recorded: how they are shown, and their names as matching keys. */
record KnownPerson(PersonSummary summary, String matchGivenName, String matchFamilyName) {

    String nhsNumber() {
        return summary.nhsNumber();
    }

    String postcode() {
        return summary.postcode();
    }
}
