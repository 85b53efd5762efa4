package org.gongkai.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Submission;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;

/**
 * Reads a JSON submission (format version 1) into the model. Strict: duplicate keys, unknown fields, text where a
 * number goes, NaN, a float where an integer goes are all errors with the line, column and JSON path. Amounts keep the
 * scale they were written with ({@code 0} vs {@code 0.0}). Parser limits make hostile input fail fast. Never throws.
 */
public final class JsonSubmissionReader implements SubmissionFormatReader {

    public static final String FORMAT = "json";
    /** Nesting depth limit: a valid submission nests 7 levels deep. */
    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_LENGTH = 64;
    public static final int MAX_STRING_LENGTH = 200_000;
    public static final int MAX_NAME_LENGTH = 200;

    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']{1,200})[\"']");

    /** Built on the first read: the service's start does not wait for Jackson's deserializers of the model. */
    private volatile ObjectReader reader;
    private final TextDecoder decoder = new TextDecoder();

    public JsonSubmissionReader() {
    }

    private ObjectReader reader() {
        ObjectReader r = reader;
        if (r == null) {
            synchronized (this) {
                r = reader;
                if (r == null) {
                    r = newReader();
                    reader = r;
                }
            }
        }
        return r;
    }

    private static ObjectReader newReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(JsonProblems.strictScalars())
                .addHandler(new JsonProblems.Handler())
                .build();
        return mapper.readerFor(Submission.class);
    }

    @Override
    public boolean accepts(String fileName, byte[] content) {
        if (FileSniffer.binaryKind(content) != null) {
            return false;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || FileSniffer.startsLikeJson(content);
    }

    @Override
    public ReadOutcome read(String fileName, byte[] content, String sha256) {
        List<Finding> findings = new ArrayList<>();
        Submission submission = null;
        try {
            submission = parse(content, findings);
        } catch (RuntimeException e) {
            findings.clear();
            findings.add(error(ReadRules.CHECK_INTERNAL, "读取 JSON 时程序发生内部错误（" + e.getClass().getSimpleName() + "）。",
                    Location.none(), null, null, "这不是提交单位的错误，请联系财政局运维人员。"));
            submission = null;
        }
        return new ReadOutcome(fileName, FORMAT, sha256, content == null ? 0 : content.length,
                findings.isEmpty() ? submission : null, findings, SourceMap.empty());
    }

    private Submission parse(byte[] content, List<Finding> findings) {
        TextDecoder.Decoded decoded = decoder.decode(content == null ? new byte[0] : content);
        if (!decoded.ok()) {
            findings.add(error(ReadRules.FILE_ENCODING, decoded.problem(), Location.none(), "UTF-8",
                    decoded.looksLikeGbk() ? "GBK/GB18030" : null,
                    decoded.looksLikeGbk()
                            ? "用记事本或 WPS 打开文件，选择“另存为”，编码选 UTF-8 后保存，再重新提交。"
                            : "用导出工具重新生成文件，并以 UTF-8 编码保存。"));
            return null;
        }
        String text = decoded.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            findings.add(error(ReadRules.FILE_EMPTY, "文件没有内容。", Location.none(), null, null, "提交填写完整的 JSON 提交文件。"));
            return null;
        }
        JsonProblems problems = new JsonProblems(text);
        try {
            Submission s = reader().withAttribute(JsonProblems.KEY, problems).readValue(text);
            findings.addAll(problems.findings());
            if (s == null && findings.isEmpty()) {
                findings.add(error(ReadRules.JSON_TYPE, "文件内容是 null，应为一个 JSON 对象 { … }。", Location.none(), "对象", "null",
                        "提交文件须以“{”开始、以“}”结束。"));
            }
            return s;
        } catch (JsonProblems.TooManyProblems e) {
            findings.addAll(problems.findings());
        } catch (StreamConstraintsException e) {
            findings.addAll(problems.findings());
            findings.add(limit(e, text));
        } catch (JsonParseException e) {
            findings.addAll(problems.findings());
            findings.add(parseProblem(e, text));
        } catch (JsonMappingException e) {
            findings.addAll(problems.findings());
            if (!JsonProblems.stoppedByLimit(e)) {
                findings.add(mappingProblem(e, text));
            }
        } catch (JsonProcessingException e) {
            findings.addAll(problems.findings());
            findings.add(syntax(e.getOriginalMessage(), placeOf(e), text));
        }
        return null;
    }

    private Finding limit(StreamConstraintsException e, String text) {
        JsonPlace place = placeOf(e);
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.toLowerCase(Locale.ROOT).contains("nesting depth")) {
            return error(ReadRules.JSON_DEPTH, place.describe() + "：JSON 嵌套层数超过上限 " + MAX_DEPTH + "，合法的提交文件不会嵌套这么深。",
                    place.location(), "≤ " + MAX_DEPTH + " 层", null, "检查是否多写了括号；请用导出工具重新生成文件。");
        }
        String what = m.contains("Number") ? "数字的位数" : m.contains("Name") ? "字段名的长度" : "文本的长度";
        return error(ReadRules.JSON_LIMIT, place.describe() + "：" + what + "超过解析上限。",
                place.location(), null, null, "检查此处是否粘贴了不该有的大段内容。");
    }

    private Finding parseProblem(JsonParseException e, String text) {
        String m = e.getOriginalMessage();
        JsonPlace place = placeOf(e);
        if (m != null && m.startsWith("Duplicate")) {
            Matcher q = QUOTED.matcher(m);
            String name = q.find() ? q.group(1) : "";
            return error(ReadRules.JSON_DUPLICATE_KEY,
                    place.describe() + "：字段“" + name + "”在同一个对象中出现了两次，无法确定哪个值有效。",
                    place.location(), "字段只出现一次", name, "删除重复的字段，只保留正确的一个。");
        }
        if (JsonSyntaxMessages.isNonNumber(m)) {
            return error(ReadRules.JSON_TYPE, place.describe() + "：NaN、Infinity 不是合法的数字，金额须为有限的数字。",
                    place.location(), "数字", "NaN/Infinity", "填写实际金额；没有金额写 0。");
        }
        return syntax(m, place, text);
    }

    private Finding mappingProblem(JsonMappingException e, String text) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof StreamConstraintsException sce) {
                return limit(sce, text);
            }
            if (c instanceof JsonParseException jpe) {
                return parseProblem(jpe, text);
            }
        }
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonPlace place = JsonPlace.of(e);
        if (m.contains("Trailing token")) {
            return syntax(m, place, text);
        }
        return error(ReadRules.JSON_TYPE, place.describe() + "：值的类型或结构与提交格式不符。", place.location(), null,
                JsonPlace.excerpt(text, place.line(), place.column()), "对照 docs/submission-format.md 改正此处的结构。");
    }

    private Finding syntax(String original, JsonPlace place, String text) {
        return error(ReadRules.JSON_SYNTAX, "JSON 语法错误，" + place.describe() + "：" + JsonSyntaxMessages.explain(original),
                place.location(), null, JsonPlace.excerpt(text, place.line(), place.column()),
                "用文本编辑器打开文件，到第" + place.line() + "行第" + place.column()
                        + "列附近改正；JSON 的括号、引号、逗号和冒号须为英文半角符号。最好用导出工具重新生成文件。");
    }

    private static JsonPlace placeOf(JsonProcessingException e) {
        String path = "";
        if (e.getProcessor() instanceof JsonParser p) {
            try {
                path = JsonPlace.pathOf(p.getParsingContext());
            } catch (RuntimeException ignored) {
                path = "";
            }
        }
        JsonLocation loc = e.getLocation();
        return new JsonPlace(path, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
    }

    private static Finding error(String rule, String message, Location location, String expected, String found, String hint) {
        return new Finding(rule, Severity.ERROR, message, location, expected, found, hint);
    }
}
