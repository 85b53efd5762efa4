package org.gongkai.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;

/**
 * Collects the problems found while binding one JSON document, so that a file with several unknown fields or
 * wrongly typed values gets one finding for each instead of failing at the first. Installed per read as a
 * deserialization attribute; the strict scalar deserializers and the problem handler below report into it.
 */
final class JsonProblems {

    static final Object KEY = JsonProblems.class;
    /** Integer digits and decimals beyond this are not an amount but an attack or an accident. */
    static final int MAX_AMOUNT_DIGITS = 18;
    private static final int MAX_FINDINGS = 200;

    private final String text;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();
    private Map<String, int[]> index;
    private boolean truncated;

    JsonProblems(String text) {
        this.text = text;
    }

    /** The findings in document order. */
    List<Finding> findings() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(lines::get));
        List<Finding> all = new ArrayList<>();
        order.forEach(i -> all.add(findings.get(i)));
        if (!truncated) {
            return all;
        }
        all.add(new Finding(ReadRules.JSON_TYPE, Severity.ERROR,
                "问题过多：只列出了前 " + MAX_FINDINGS + " 处字段或类型错误，文件的其余部分没有检查。",
                org.gongkai.validation.Location.none(), null, null, "先改正上面列出的问题，再重新提交检查。"));
        return all;
    }

    boolean hasErrors() {
        return !findings.isEmpty();
    }

    void add(String ruleId, String message, JsonPlace place, String expected, String found, String hint) {
        if (findings.size() >= MAX_FINDINGS) {
            truncated = true;
            throw new TooManyProblems();
        }
        findings.add(new Finding(ruleId, Severity.ERROR, message, place.location(), expected, found, hint));
        lines.add(place.line() * 1_000_000L + place.column());
    }

    /**
     * The place of the parser's token. Jackson replays buffered tokens (unknown fields of records) from a buffer that
     * has no line numbers; those are looked up by path in an index built from the text on first need.
     */
    JsonPlace place(JsonParser p) {
        JsonPlace place = JsonPlace.of(p);
        if (place.line() > 0 || place.path().isEmpty()) {
            return place;
        }
        return placeByIndex(place);
    }

    private JsonPlace placeByIndex(JsonPlace place) {
        if (index == null) {
            index = JsonPlace.index(text);
        }
        int[] lc = index.get(place.path());
        return lc == null ? place : new JsonPlace(place.path(), lc[0], lc[1]);
    }

    void typeMismatch(JsonParser p, Class<?> expectedType) throws IOException {
        JsonPlace place = place(p);
        String expected = expectedLabel(expectedType);
        String found = foundLabel(p);
        String hint = hintFor(expectedType, p);
        add(ReadRules.JSON_TYPE, place.describe() + "：应为" + expected + "，实为" + found + "。", place, expected, found, hint);
        p.skipChildren();
    }

    void unknownField(DeserializationContext ctxt, JsonParser p, String name, Collection<Object> known) throws IOException {
        JsonPlace place = place(p);
        // Records buffer unknown fields and replay them after the bean is built, from a buffer whose contexts do not
        // mirror the document; the live parser then sits right after the holding object (END_OBJECT) or on its next field.
        JsonParser main = ctxt.getParser();
        if (main != null && main != p && main.getParsingContext() != null) {
            com.fasterxml.jackson.core.JsonStreamContext c = main.getParsingContext();
            String holder = main.currentToken() == JsonToken.END_OBJECT ? JsonPlace.pathOf(c) : JsonPlace.pathOf(c.getParent());
            place = placeByIndex(new JsonPlace(JsonPlace.child(holder, name), 0, 0));
        }
        List<String> names = known == null ? List.of() : new TreeSet<>(known.stream().map(String::valueOf).toList()).stream().toList();
        String allowed = names.isEmpty() ? null : String.join("、", names);
        String guess = closest(name, names);
        add(ReadRules.JSON_FIELD, place.describe() + "：未知字段“" + name + "”，提交格式第1版没有这个字段。",
                place, allowed == null ? null : "可用字段：" + allowed, name,
                (guess != null ? "是否应为“" + guess + "”？" : "") + "检查字段名的拼写和大小写（区分大小写）"
                        + (allowed == null ? "。" : "；此处可用的字段见“应为”。"));
        p.skipChildren();
    }

    /** The known name closest to {@code name}: same ignoring case, or at most two edits away; null when none is close. */
    static String closest(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Thrown to stop binding once {@link #MAX_FINDINGS} problems are recorded: hostile files must fail fast. */
    static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super("too many problems", null, false, false);
        }
    }

    /** True when {@code t} or one of its causes stopped the reading because of too many problems. */
    static boolean stoppedByLimit(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TooManyProblems) {
                return true;
            }
        }
        return false;
    }

    static JsonProblems of(DeserializationContext ctxt) {
        Object o = ctxt.getAttribute(KEY);
        if (o instanceof JsonProblems jp) {
            return jp;
        }
        throw new IllegalStateException("JsonProblems not installed");
    }

    static String expectedLabel(Class<?> type) {
        if (type == BigDecimal.class) {
            return "数字";
        }
        if (type == Integer.class || type == int.class) {
            return "整数";
        }
        if (type == String.class) {
            return "文本";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true 或 false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        return "对象";
    }

    static String foundLabel(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "空";
        }
        return switch (t) {
            case VALUE_STRING -> "文本“" + abbreviate(p.getText()) + "”";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "数字 " + abbreviate(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> "布尔值 " + p.getText();
            case VALUE_NULL -> "null";
            case START_OBJECT -> "对象 {…}";
            case START_ARRAY -> "数组 […]";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String hintFor(Class<?> expectedType, JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (expectedType == BigDecimal.class) {
            if (t == JsonToken.VALUE_STRING) {
                String plain = plainAmount(p.getText());
                if (plain != null) {
                    return "金额须写成不带引号的数字，例如 " + plain + "，不加引号、千分位逗号或单位。";
                }
            }
            return "金额须写成不带引号的 JSON 数字（如 36.2）；没有金额写 0。";
        }
        if (expectedType == Integer.class) {
            return "此处须写不带引号和小数点的整数（如 2024、1）。";
        }
        if (expectedType == String.class) {
            return "此处须写用英文双引号括起的文本；编码也写成文本（如 \"2080501\"），以免丢失前导零。";
        }
        if (Collection.class.isAssignableFrom(expectedType)) {
            return "此处须为用方括号括起的数组 [ … ]。";
        }
        if (Map.class.isAssignableFrom(expectedType) || !expectedType.getName().startsWith("java.")) {
            return "此处须为用花括号括起的对象 { … }，结构见 docs/submission-format.md。";
        }
        return "按 docs/submission-format.md 改正此处的值。";
    }

    /** "1,036.2万元" → "1036.2"; null when the text is not recognisably an amount. */
    static String plainAmount(String text) {
        String s = text.strip().replace("万元", "").replace("元", "").strip();
        if (s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            return s.replace(",", "");
        }
        return s.matches("-?\\d+(\\.\\d+)?") ? s : null;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\p{Cntrl}", " ");
        return one.length() <= 40 ? one : one.substring(0, 40) + "…";
    }

    /** Jackson module: scalars accept only their own JSON type (no "36.2" for a number, no 2024.0 for a year). */
    static SimpleModule strictScalars() {
        SimpleModule m = new SimpleModule("gongkai-strict-scalars");
        m.addDeserializer(BigDecimal.class, new StrictDecimal());
        m.addDeserializer(Integer.class, new StrictInteger());
        m.addDeserializer(String.class, new StrictString());
        m.addDeserializer(Boolean.class, new StrictBoolean());
        return m;
    }

    static final class StrictDecimal extends StdScalarDeserializer<BigDecimal> {
        StrictDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal v = p.getDecimalValue();
                int integerDigits = v.precision() - v.scale();
                if (integerDigits > MAX_AMOUNT_DIGITS || v.scale() > MAX_AMOUNT_DIGITS) {
                    JsonPlace place = of(ctxt).place(p);
                    of(ctxt).add(ReadRules.JSON_LIMIT, place.describe() + "：数值 " + abbreviate(p.getText())
                                    + " 超出允许范围（整数部分和小数部分各不超过 " + MAX_AMOUNT_DIGITS + " 位）。",
                            place, null, abbreviate(p.getText()), "检查金额的单位和小数点位置。");
                    return null;
                }
                return v.scale() < 0 ? v.setScale(0) : v;
            }
            of(ctxt).typeMismatch(p, BigDecimal.class);
            return null;
        }
    }

    static final class StrictInteger extends StdScalarDeserializer<Integer> {
        StrictInteger() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            of(ctxt).typeMismatch(p, Integer.class);
            return null;
        }
    }

    static final class StrictString extends StdScalarDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            of(ctxt).typeMismatch(p, String.class);
            return null;
        }
    }

    static final class StrictBoolean extends StdScalarDeserializer<Boolean> {
        StrictBoolean() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            of(ctxt).typeMismatch(p, Boolean.class);
            return null;
        }
    }

    /** Turns Jackson's binding problems into findings and carries on with the rest of the document. */
    static final class Handler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            of(ctxt).unknownField(ctxt, p, propertyName, deserializer == null ? null : deserializer.getKnownPropertyNames());
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            of(ctxt).typeMismatch(p, targetType.getRawClass());
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts,
                                                JsonParser p, String msg) throws IOException {
            of(ctxt).typeMismatch(p, instClass);
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) throws IOException {
            of(ctxt).typeMismatch(ctxt.getParser(), targetType);
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) throws IOException {
            of(ctxt).typeMismatch(ctxt.getParser(), targetType);
            return null;
        }
    }
}
