package org.gongkai.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.gongkai.model.Submission;

/** The acceptance fixture as a JSON tree to mutate, and binding back to the model. */
final class ExampleFixture {

    static final Path EXAMPLE = Path.of("examples/pingdingshan-701-2024.json");
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private ExampleFixture() {
    }

    static ObjectNode tree() {
        try {
            return (ObjectNode) MAPPER.readTree(EXAMPLE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Submission bind(JsonNode tree) {
        try {
            return MAPPER.treeToValue(tree, Submission.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Submission example() {
        return bind(tree());
    }

    static ArrayNode rows(ObjectNode root, String table) {
        return (ArrayNode) root.path("tables").path(table).path("rows");
    }

    /** The row of a table whose field has this value (item, functionCode, econCode, unitCode, kind). */
    static ObjectNode row(ObjectNode root, String table, String field, String value) {
        for (JsonNode r : rows(root, table)) {
            if (value.equals(r.path(field).asText(null))) {
                return (ObjectNode) r;
            }
        }
        throw new IllegalArgumentException("no row " + field + "=" + value + " in " + table);
    }

    static ObjectNode values(ObjectNode root, String table, String field, String value) {
        return (ObjectNode) row(root, table, field, value).path("values");
    }

    static void set(ObjectNode root, String table, String field, String value, String column, String amount) {
        values(root, table, field, value).put(column, new BigDecimal(amount));
    }
}
