package org.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePartsTests {

    @Test
    void readsARealDate() {
        DateParts.Outcome outcome = DateParts.read("From date", " 9 ", "3", "2026");
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.date()).contains(LocalDate.of(2026, 3, 9));
    }

    @Test
    void nothingTypedMeansNoDate() {
        DateParts.Outcome outcome = DateParts.read("From date", "", null, " ");
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.date()).isEmpty();
    }

    @Test
    void saysWhichPartsAreMissing() {
        assertThat(DateParts.read("From date", "1", "", "2026").message()).isEqualTo("From date must include a month");
        assertThat(DateParts.read("To date", "", "", "2026"))
                .extracting(DateParts.Outcome::problemPart, DateParts.Outcome::message)
                .containsExactly("Day", "To date must include a day and month");
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThat(DateParts.read("From date", "31", "2", "2026"))
                .extracting(DateParts.Outcome::problemPart, DateParts.Outcome::message)
                .containsExactly("Day", "From date must be a real date");
        assertThat(DateParts.read("From date", "1", "13", "2026").problemPart()).isEqualTo("Month");
        assertThat(DateParts.read("From date", "x", "1", "2026").message()).isEqualTo("From date must be a real date");
        assertThat(DateParts.read("From date", "29", "2", "2028").ok()).isTrue();
    }

    @Test
    void wantsAFourDigitYear() {
        assertThat(DateParts.read("From date", "1", "1", "26"))
                .extracting(DateParts.Outcome::problemPart, DateParts.Outcome::message)
                .containsExactly("Year", "From date year must include 4 numbers");
    }
}
