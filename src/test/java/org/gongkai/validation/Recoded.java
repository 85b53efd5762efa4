package org.gongkai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The seed example with its 功能分类 items moved to other codes, every table kept consistent: the item rows of
 * 表3 and 表5, the class rows of 表1 and 表4, last year's figures and the change reasons follow the code.
 */
final class Recoded {

    private Recoded() {
    }

    /** Moves the item {@code from} (with its amounts) to {@code to}, printed as {@code name}. */
    static void move(ObjectNode root, String from, String to, String name) {
        BigDecimal t3Total = ExampleFixture.row(root, HenanTables.T3, "functionCode", from).path("values").path("total").decimalValue();
        BigDecimal t5Total = ExampleFixture.row(root, HenanTables.T5, "functionCode", from).path("values").path("total").decimalValue();
        for (String t : new String[] {HenanTables.T3, HenanTables.T5}) {
            ExampleFixture.row(root, t, "functionCode", from).put("functionCode", to).put("name", name);
        }
        shift(root, HenanTables.T1, from, to, t3Total, "amount");
        shift(root, HenanTables.T4, from, to, t5Total, "total", "general_budget", "general_budget_fiscal");
        rename((ObjectNode) root.path("priorYear").path("items"), from, to);
        rename((ObjectNode) root.path("explanations").path("itemChanges"), from, to);
    }

    /** Adds an item row with no amounts to 表3 (a 项 the department lists without money this year). */
    static void addEmpty(ObjectNode root, String code, String name) {
        ObjectNode row = ExampleFixture.rows(root, HenanTables.T3).addObject();
        row.put("kind", "item").put("functionCode", code).put("name", name);
        ObjectNode values = row.putObject("values");
        ExampleFixture.row(root, HenanTables.T3, "functionCode", "2080501").path("values").fieldNames()
                .forEachRemaining(c -> values.put(c, BigDecimal.ZERO));
    }

    private static void shift(ObjectNode root, String table, String from, String to, BigDecimal amount, String... columns) {
        ObjectNode a = (ObjectNode) ExampleFixture.row(root, table, "item", "expenditure." + from.substring(0, 3)).path("values");
        ObjectNode b = (ObjectNode) ExampleFixture.row(root, table, "item", "expenditure." + to.substring(0, 3)).path("values");
        for (String c : columns) {
            a.put(c, a.path(c).decimalValue().subtract(amount));
            b.put(c, b.path(c).decimalValue().add(amount));
        }
    }

    private static void rename(ObjectNode map, String from, String to) {
        JsonNode v = map.remove(from);
        if (v != null) {
            map.set(to, v);
        }
    }
}
