package org.pathway.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.BeanPropertyBindingResult;

class SubmittedTests {

    public static class Form {
        private List<String> needs = List.of("LONELINESS", "DEBT");
        private String practice = "p1";

        public List<String> getNeeds() {
            return needs;
        }

        public String getPractice() {
            return practice;
        }
    }

    @Test
    void tickedBoxesStayTickedWhenTheFormComesBackWithProblems() {
        // MVC's binding result formats values for display, which joins a list into one "LONELINESS,DEBT".
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
        binding.initConversion(new DefaultFormattingConversionService());
        binding.rejectValue("practice", "refused", "Select the GP practice");

        Submitted submitted = Submitted.of(binding);

        assertThat(submitted.has("needs", "LONELINESS")).isTrue();
        assertThat(submitted.has("needs", "DEBT")).isTrue();
        assertThat(submitted.has("needs", "HOUSING")).isFalse();
        assertThat(submitted.value("practice")).isEqualTo("p1");
    }
}
