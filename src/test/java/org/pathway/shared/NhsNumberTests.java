package org.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NhsNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "9990000018"})
    void acceptsNumbersWhoseCheckDigitMatches(String input) {
        assertThat(NhsNumber.isValid(input)).isTrue();
    }

    @Test
    void refusesAWrongCheckDigitSayingSo() {
        assertThat(NhsNumber.problemWith("9434765918")).contains("NHS number is not valid: the check digit does not match");
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        String prefix = findPrefixWithCheckDigitTen();
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid(prefix + last)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "9999999999"})
    void refusesAllSameDigitNumbers(String input) {
        assertThat(NhsNumber.problemWith(input)).contains("NHS number cannot be the same digit ten times");
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "94347659A9", ""})
    void refusesWrongLengthsAndLetters(String input) {
        assertThat(NhsNumber.isValid(input)).isFalse();
    }

    @Test
    void formatsThreeThreeFourAndKnowsTestRange() {
        NhsNumber number = NhsNumber.of("9990000018");
        assertThat(number.formatted()).isEqualTo("999 000 0018");
        assertThat(number.isTestNumber()).isTrue();
        assertThat(NhsNumber.of("9434765919").isTestNumber()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.of("9434765918"));
    }

    private static String findPrefixWithCheckDigitTen() {
        for (int n = 100_000_000; n < 999_999_999; n++) {
            String prefix = Integer.toString(n);
            if (NhsNumber.checkDigit(prefix + "0") == 10) {
                return prefix;
            }
        }
        throw new AssertionError("no prefix found");
    }
}
