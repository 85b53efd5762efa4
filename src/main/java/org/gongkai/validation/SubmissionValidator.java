package org.gongkai.validation;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Submission;

/** Runs every rule of the catalogue against a submission. Independent of Camel. */
public final class SubmissionValidator {

    public ValidationResult validate(Submission submission) {
        List<Finding> findings = new ArrayList<>();
        // TODO(validation): rules from the catalogue
        return new ValidationResult(findings);
    }
}
