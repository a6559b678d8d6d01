package org.pathway.people.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonMatch;

class PersonMatcherTests {

    static final LocalDate DOB = LocalDate.of(1948, 3, 14);
    final Person known = new Person(PersonDetails.of("Margaret", "Trewin", DOB, null, "TR1 3LJ"), "test", Instant.now());

    @Test
    void sameNamesDateOfBirthAndPostcodeIsCertainWhateverTheCaseAndSpacing() {
        PersonMatch match = PersonMatcher.decide(PersonDetails.of(" margaret ", "TREWIN", DOB, null, "tr13lj"), List.of(known.asKnown()));
        assertThat(match).isInstanceOf(PersonMatch.Certain.class);
    }

    @Test
    void aTypoInTheNameMakesACandidateForAPersonToChoose() {
        PersonMatch match = PersonMatcher.decide(PersonDetails.of("Margeret", "Trewin", DOB, null, "TR1 3LJ"), List.of(known.asKnown()));
        assertThat(match).isInstanceOfSatisfying(PersonMatch.Candidates.class, c -> {
            assertThat(c.candidates()).hasSize(1);
            assertThat(c.candidates().get(0).reason()).contains("names spelt differently");
        });
    }

    @Test
    void samePersonAtANewAddressIsACandidateNotCertain() {
        PersonMatch match = PersonMatcher.decide(PersonDetails.of("Margaret", "Trewin", DOB, null, "PL4 8AA"), List.of(known.asKnown()));
        assertThat(match).isInstanceOfSatisfying(PersonMatch.Candidates.class,
                c -> assertThat(c.candidates().get(0).reason()).contains("different postcode"));
    }

    @Test
    void swappedNamesAreACandidate() {
        PersonMatch match = PersonMatcher.decide(PersonDetails.of("Trewin", "Margaret", DOB, null, "TR1 3LJ"), List.of(known.asKnown()));
        assertThat(match).isInstanceOf(PersonMatch.Candidates.class);
    }

    @Test
    void differentNhsNumbersAreDifferentPeopleEvenWithTheSameDetails() {
        Person withNumber = new Person(PersonDetails.of("Margaret", "Trewin", DOB, "9434765919", "TR1 3LJ"), "t", Instant.now());
        PersonMatch match = PersonMatcher.decide(PersonDetails.of("Margaret", "Trewin", DOB, "4010232137", "TR1 3LJ"),
                List.of(withNumber.asKnown()));
        assertThat(match).isInstanceOf(PersonMatch.None.class);
    }

    @Test
    void someoneElseIsNoMatch() {
        PersonMatch match = PersonMatcher.decide(PersonDetails.of("Peter", "Jago", DOB, null, "TR1 3LJ"), List.of(known.asKnown()));
        assertThat(match).isInstanceOf(PersonMatch.None.class);
    }
}
