package org.pathway.access.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.platform.Refusal.Problem;
import org.pathway.shared.Need;

class IntakeChecksTests {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final UUID PRACTICE = UUID.randomUUID();
    static final UUID SERVICE = UUID.randomUUID();

    static StaffReferral staff(String nhs, String day, String month, String year, String postcode, List<String> needs,
            boolean consent, String service) {
        return new StaffReferral("Ada", "Lovelace", day, month, year, nhs, "FEMALE", null, "A", postcode, null, null,
                null, null, null, PRACTICE.toString(), "GP", needs, null, "false", List.of(), "false", "YES", consent,
                false, false, service, "key", null);
    }

    static List<String> messages(IntakeChecks.Checked checked) {
        return checked.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aValidFormReadsIntoPersonDetailsAndReferralFacts() {
        IntakeChecks.Checked checked = IntakeChecks.staff(staff("943 476 5919", "10", "12", "1950", "tr13lj",
                List.of("LONELINESS"), true, SERVICE.toString()), TODAY, Set.of(PRACTICE), Set.of(SERVICE));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.person().dateOfBirth()).isEqualTo(LocalDate.of(1950, 12, 10));
        assertThat(checked.person().postcode()).isEqualTo("TR1 3LJ");
        assertThat(checked.needs()).containsExactly(Need.LONELINESS);
        assertThat(checked.ready()).isTrue();
        assertThat(checked.service()).isEqualTo(SERVICE);
    }

    @Test
    void eachProblemIsReportedBesideItsFieldInTheOrderTheFormAsks() {
        IntakeChecks.Checked checked = IntakeChecks.staff(staff("943 476 5918", "1", "1", "2026", "QQ1 1QQ", List.of(),
                false, UUID.randomUUID().toString()), TODAY, Set.of(PRACTICE), Set.of(SERVICE));
        assertThat(messages(checked)).containsExactly(
                "dobDay: Date of birth must be today or in the past",
                "nhsNumber: NHS number is not valid: the check digit does not match",
                "postcode: Enter a real postcode, like TR1 3LJ",
                "needs: Select at least one thing they need help with",
                "consentToReferral: Confirm that the person agrees to be referred: a referral needs their consent",
                "serviceId: This service does not take people registered at the chosen GP practice: select another "
                        + "service, or let the ICS route it");
    }

    @Test
    void datesOfBirthMustBeCompleteAndReal() {
        assertThat(messages(IntakeChecks.staff(staff(null, "", "", "", null, List.of("OTHER"), true, "ICS"), TODAY,
                Set.of(PRACTICE), Set.of()))).containsExactly("dobDay: Enter the date of birth");
        assertThat(messages(IntakeChecks.staff(staff(null, "3", "", "", null, List.of("OTHER"), true, "ICS"), TODAY,
                Set.of(PRACTICE), Set.of()))).containsExactly("dobDay: Date of birth must include a month and a year");
        assertThat(messages(IntakeChecks.staff(staff(null, "31", "2", "1980", null, List.of("OTHER"), true, "ICS"),
                TODAY, Set.of(PRACTICE), Set.of()))).containsExactly("dobDay: Date of birth must be a real date, like 15 3 1984");
        assertThat(messages(IntakeChecks.staff(staff(null, "1", "6", "2025", null, List.of("OTHER"), true, "ICS"),
                TODAY, Set.of(PRACTICE), Set.of()))).isEmpty();
    }

    @Test
    void aSelfReferralNeedsAWayToContactThePersonAndAKnownPractice() {
        SelfReferral form = new SelfReferral("Ada", "Lovelace", "1", "1", "1960", "TR1 3LJ", "", "not-an-email", "EMAIL",
                null, null, null, null, UUID.randomUUID().toString(), List.of("LONELINESS"), null, true, true, false,
                "key", null);
        assertThat(IntakeChecks.self(form, TODAY, Set.of(PRACTICE)).problems()).extracting(Problem::field)
                .containsExactly("email", "gpPracticeId");
    }
}
