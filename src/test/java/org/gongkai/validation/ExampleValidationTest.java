package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExampleValidationTest {

    @Test
    void theSeedExampleHasNoErrorsAndNoWarnings() {
        ValidationResult result = new SubmissionValidator().validate(ExampleFixture.example());
        assertThat(result.findings()).as("findings of the acceptance fixture").isEmpty();
        assertThat(result.valid()).isTrue();
    }
}
