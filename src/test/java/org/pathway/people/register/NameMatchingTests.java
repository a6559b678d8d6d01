package org.pathway.people.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchingTests {

    @Test
    void ignoresCaseSpacingPunctuationAndAccents() {
        assertThat(NameMatching.normalise(" O'Brien-Smith ")).isEqualTo("obriensmith");
        assertThat(NameMatching.normalise("Zoë")).isEqualTo("zoe");
    }

    @ParameterizedTest
    @CsvSource({"Margaret,margaret", "Margaret,Margeret", "Margaret,Magraret", "Jonathon,Jonathan",
            "Christopher,Christohper", "McDonald,Mc Donald"})
    void forgivesCommonTypos(String a, String b) {
        assertThat(NameMatching.similar(a, b)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Ann,Ian", "Jon,Jan", "Margaret,Marjorie", "Smith,Jones", "Penrose,Penhale"})
    void keepsDifferentNamesApart(String a, String b) {
        assertThat(NameMatching.similar(a, b)).isFalse();
    }
}
