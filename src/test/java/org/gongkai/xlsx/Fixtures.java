package org.gongkai.xlsx;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.gongkai.model.Submission;

/** The example submission and a tree view for readable comparisons. */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Fixtures() {
    }

    static Submission example() throws IOException {
        return MAPPER.readValue(Path.of("examples/pingdingshan-701-2024.json").toFile(), Submission.class);
    }

    /** Paths where two trees differ (value text includes the BigDecimal scale), at most 20. */
    static List<String> differences(JsonNode a, JsonNode b) {
        List<String> out = new ArrayList<>();
        diff("$", a, b, out);
        return out.size() > 20 ? out.subList(0, 20) : out;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            out.add(path + ": " + a + " <> " + b);
            return;
        }
        if (a.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(path + "." + n, a.get(n), b.get(n), out);
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": size " + a.size() + " <> " + b.size());
            }
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                diff(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (a.isBigDecimal() || b.isBigDecimal()) {
            if (!a.decimalValue().equals(b.decimalValue())) {
                out.add(path + ": " + a.decimalValue().toPlainString() + " <> " + b.decimalValue().toPlainString());
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " <> " + b);
        }
    }

    /**
     * Jackson tree with map keys sorted; BigDecimal nodes compare with their scale. Empty strings become null:
     * a blank cell cannot tell them apart and documents print both as nothing.
     */
    static JsonNode tree(Submission s) {
        JsonNode t = MAPPER.valueToTree(s);
        blankToNull(t);
        return t;
    }

    /** The submission with empty strings as null (what a workbook can express). */
    static Submission normalised(Submission s) throws IOException {
        return MAPPER.treeToValue(tree(s), Submission.class);
    }

    private static void blankToNull(JsonNode n) {
        if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode c = o.get(name);
                if (c.isTextual() && c.asText().isEmpty()) {
                    o.putNull(name);
                } else {
                    blankToNull(c);
                }
            }
        } else if (n.isArray()) {
            n.forEach(Fixtures::blankToNull);
        }
    }
}
