package org.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"TR1 3LJ", "tr13lj", " PL4 8AA ", "EX1 1AA", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"})
    void acceptsRealFormats(String input) {
        assertThat(Postcode.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TR1", "12345", "QQ1 1AA", "TR1 3CI", "TR1 3LJX", "ZZZ"})
    void refusesImpossiblePostcodes(String input) {
        assertThat(Postcode.problemWith(input)).contains("Enter a real postcode, like TR1 3LJ");
    }

    @Test
    void normalisesAndSplitsOutwardAndArea() {
        Postcode postcode = Postcode.of("pl48aa");
        assertThat(postcode.value()).isEqualTo("PL4 8AA");
        assertThat(postcode.outward()).isEqualTo("PL4");
        assertThat(postcode.area()).isEqualTo("PL");
    }
}
