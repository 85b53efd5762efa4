package org.gongkai.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Salvages who a rejected JSON file is from: streams its tokens up to the first syntax error and keeps
 * department.code/name, fiscalYear and department.contact.name/email when they were seen. Used only when the
 * file could not be read into the model, so that the alert still reaches the submitter. Never throws.
 */
public final class JsonIdentityScanner {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonSubmissionReader.MAX_DEPTH)
                    .maxNumberLength(JsonSubmissionReader.MAX_NUMBER_LENGTH)
                    .maxStringLength(JsonSubmissionReader.MAX_STRING_LENGTH)
                    .maxNameLength(JsonSubmissionReader.MAX_NAME_LENGTH)
                    .build())
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    /** Identity fields sit near the top of a submission; a hostile file is not scanned to its end. */
    private static final long MAX_TOKENS = 200_000;
    private static final java.util.Set<String> INTERESTING = java.util.Set.of("code", "name", "email", "fiscalYear");

    private JsonIdentityScanner() {
    }

    public static SubmissionSummary scan(byte[] content) {
        if (content == null || content.length == 0) {
            return SubmissionSummary.unknown();
        }
        TextDecoder.Decoded d = new TextDecoder().decode(content);
        if (!d.ok()) {
            return SubmissionSummary.unknown();
        }
        String code = null;
        String name = null;
        Integer year = null;
        String contactName = null;
        String email = null;
        try (JsonParser p = FACTORY.createParser(d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text())) {
            JsonToken t;
            long tokens = 0;
            while ((t = p.nextToken()) != null && tokens++ < MAX_TOKENS) {
                if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
                    continue;
                }
                com.fasterxml.jackson.core.JsonStreamContext ctx = p.getParsingContext();
                if (!ctx.inObject() || !INTERESTING.contains(ctx.getCurrentName()) || ctx.getNestingDepth() > 3) {
                    continue;
                }
                String path = JsonPlace.pathOf(p);
                switch (path) {
                    case "department.code" -> code = t == JsonToken.VALUE_STRING ? p.getText() : code;
                    case "department.name" -> name = t == JsonToken.VALUE_STRING ? p.getText() : name;
                    case "department.contact.name" -> contactName = t == JsonToken.VALUE_STRING ? p.getText() : contactName;
                    case "department.contact.email" -> email = t == JsonToken.VALUE_STRING ? p.getText() : email;
                    case "fiscalYear" -> year = t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                            ? Integer.valueOf(p.getIntValue()) : year;
                    default -> {
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // keep what was seen before the error
        }
        return new SubmissionSummary(blank(code), blank(name), year, blank(contactName), blank(email));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
