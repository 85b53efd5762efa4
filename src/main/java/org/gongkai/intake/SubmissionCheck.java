package org.gongkai.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.validation.ValidationResult;

/** Reads and validates one file. TEMPORARY minimal reader until the intake package lands. */
public final class SubmissionCheck {
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final SubmissionValidator validator = new SubmissionValidator();

    public SubmissionCheck(long maxBytes) {
    }

    public CheckedSubmission check(String fileName, byte[] content) {
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Finding> findings = new ArrayList<>();
        Submission s = null;
        try {
            s = mapper.readValue(content, Submission.class);
        } catch (Exception e) {
            findings.add(new Finding("JSON-SYNTAX", Severity.ERROR, "无法读取：" + e.getMessage(), Location.none(), null, null, null));
        }
        ReadOutcome read = new ReadOutcome(fileName, "json", sha, content.length, s, findings, null);
        List<Finding> all = new ArrayList<>(findings);
        if (s != null) {
            all.addAll(validator.validate(s).findings());
        }
        return new CheckedSubmission(read, new ValidationResult(all));
    }
}
