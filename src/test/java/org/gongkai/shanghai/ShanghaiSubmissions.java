package org.gongkai.shanghai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.intake.JsonSubmissionReader;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.model.Submission;
import org.gongkai.validation.Finding;
import org.gongkai.validation.SubmissionValidator;

/** Shanghai submissions for tests: the example and the hand-made fixture, edited as JSON and read by the real reader. */
final class ShanghaiSubmissions {

    static final Path EXAMPLE = Path.of("examples/shanghai-putuo-shangwuwei-2025.json");
    /** Hand-made: a decrease, government-fund spending, 三公 with 购置费, 事业收入, blank columns, 中小企业预留. */
    static final Path FIXTURE = Path.of("src/test/resources/shanghai/ceshi-shangwuwei-2025.json");

    /** Keeps amounts exactly as written ("371514655.00" stays two decimals). */
    static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    /** A submission as JSON text with every number written without trailing zeros (to compare values, not scales). */
    static String numbersNormalised(Object submission) {
        try {
            String json = MAPPER.writeValueAsString(submission);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[:\\[,])(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(?=[,}\\]])")
                    .matcher(json);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, new BigDecimal(m.group(1)).stripTrailingZeros().toPlainString());
            }
            return m.appendTail(sb).toString().replace("\"kind\":\"item\"", "\"kind\":null");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ShanghaiSubmissions() {
    }

    static ObjectNode tree(Path p) {
        try {
            return (ObjectNode) MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Submission read(ObjectNode tree) {
        try {
            ReadOutcome r = new JsonSubmissionReader().read("edited.json", MAPPER.writeValueAsBytes(tree), "0");
            if (!r.readable()) {
                throw new IllegalStateException("not readable: " + r.findings());
            }
            return r.submission();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Finding> findings(Path p, Consumer<ObjectNode> edit) {
        ObjectNode t = tree(p);
        edit.accept(t);
        return new SubmissionValidator().validate(read(t)).findings();
    }

    static List<Finding> errors(Path p, Consumer<ObjectNode> edit) {
        return findings(p, edit).stream().filter(Finding::isError).toList();
    }

    /** The values object of the row of a table whose functionCode/econCode/item equals key (or kind total for "total"). */
    static ObjectNode values(ObjectNode root, String table, String key) {
        ArrayNode rows = (ArrayNode) root.path("tables").path(table).path("rows");
        for (JsonNode r : rows) {
            boolean match = "total".equals(key) ? "total".equals(r.path("kind").asText())
                    : key.equals(r.path("functionCode").asText()) || key.equals(r.path("econCode").asText())
                    || key.equals(r.path("item").asText());
            if (match) {
                return (ObjectNode) r.path("values");
            }
        }
        throw new IllegalArgumentException("no row " + key + " in " + table);
    }

    static void add(ObjectNode values, String column, String delta) {
        values.put(column, values.path(column).decimalValue().add(new BigDecimal(delta)));
    }
}
