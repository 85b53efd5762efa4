package org.gongkai.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * One column of a table: an id used in submissions, its printed header path (multi-level headers) and its kind.
 */
public record ColumnSpec(String id, List<String> header, Type type) {

    public ColumnSpec {
        header = header == null ? List.of() : header;
        type = type == null ? Type.AMOUNT : type;
    }

    public boolean isValue() {
        return type == Type.AMOUNT || type == Type.NUMBER;
    }

    /** Column kinds: amounts and counts carry numbers; the rest are filled from row codes, names or text. */
    public enum Type {
        AMOUNT("amount"), NUMBER("number"), TEXT("text"),
        FUNCTION_CLASS("functionClass"), FUNCTION_KUAN("functionKuan"), FUNCTION_XIANG("functionXiang"),
        UNIT_CODE("unitCode"), NAME("name"),
        ECON_CODE("econCode"), ECON_CLASS("econClass"), ECON_KUAN("econKuan"),
        GOV_ECON_CODE("govEconCode"), GOV_ECON_CLASS("govEconClass"), GOV_ECON_KUAN("govEconKuan"),
        GOV_ECON_NAME("govEconName"),
        /** The whole 功能分类 code in one column, printed in groups: "201 13 01". */
        FUNCTION_CODE("functionCode"),
        /** The whole 部门经济分类 code in one column, printed in groups: "301 01". */
        ECON_CODE_SPACED("econCodeSpaced");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }

        @JsonCreator
        public static Type of(String s) {
            for (Type t : values()) {
                if (t.json.equals(s)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown column type " + s);
        }
    }
}
