package org.gongkai.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;
import org.gongkai.validation.Location;

/**
 * A place in a JSON submission: the dotted path ({@code tables.expenditure_summary.rows[3].values.total}),
 * the line and column, and the table/row/column it denotes when it lies inside a table.
 */
record JsonPlace(String path, int line, int column) {

    /** Paths indexed for line lookup; a real submission has a few thousand. */
    static final int MAX_INDEX = 50_000;
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final Pattern TABLE_PATH =
            Pattern.compile("^tables\\.([A-Za-z0-9_\\-]+)(?:\\.rows\\[(\\d+)\\](?:\\.(values|text)\\.([A-Za-z0-9_.\\-]+))?)?");

    static JsonPlace of(JsonParser p) {
        if (p == null) {
            return new JsonPlace("", 0, 0);
        }
        JsonLocation loc = p.currentTokenLocation();
        return new JsonPlace(pathOf(p), loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
    }

    static JsonPlace of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                appendName(sb, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        JsonLocation loc = e.getLocation();
        return new JsonPlace(sb.toString(), loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
    }

    /** The dotted path of the parser's current token. */
    static String pathOf(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        if (ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            ctx = ctx.getParent();
        }
        return pathOf(ctx);
    }

    static String pathOf(JsonStreamContext ctx) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inObject()) {
                if (c.getCurrentName() != null) {
                    appendName(sb, c.getCurrentName());
                }
            } else if (c.inArray()) {
                sb.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            }
        }
        return sb.toString();
    }

    /** The path of a field inside the object at {@code holder}. */
    static String child(String holder, String name) {
        StringBuilder sb = new StringBuilder(holder == null ? "" : holder);
        appendName(sb, name);
        return sb.toString();
    }

    private static void appendName(StringBuilder sb, String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
        } else {
            sb.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
    }

    /** Line and column of every path in a JSON text (field names and array elements), up to the first syntax error. */
    static java.util.Map<String, int[]> index(String text) {
        java.util.Map<String, int[]> idx = new java.util.HashMap<>();
        com.fasterxml.jackson.core.JsonFactory f = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(JsonSubmissionReader.MAX_DEPTH).build())
                .disable(com.fasterxml.jackson.core.JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        try (JsonParser p = f.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                if (idx.size() >= MAX_INDEX) {
                    break;
                }
                if (t == JsonToken.FIELD_NAME || p.getParsingContext().inArray()
                        || (p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inArray())) {
                    JsonLocation loc = p.currentTokenLocation();
                    idx.putIfAbsent(pathOf(p), new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // index what was readable
        }
        return idx;
    }

    /** "第12行第5列" or "" when unknown. */
    String lineColumn() {
        return line > 0 ? "第" + line + "行第" + column + "列" : "";
    }

    /** Human place: "第12行第5列（tables.x.rows[3]）". */
    String describe() {
        String lc = lineColumn();
        if (path.isEmpty()) {
            return lc.isEmpty() ? "文件开头" : lc;
        }
        return lc.isEmpty() ? path : lc + "（" + path + "）";
    }

    /** The finding location: table, 1-based row and column when the path lies in a table of a known profile. */
    Location location() {
        Matcher m = TABLE_PATH.matcher(path);
        if (!m.find()) {
            return Location.field(path.isEmpty() ? null : path);
        }
        String tableId = m.group(1);
        Optional<TableSpec> spec = findTable(tableId);
        Integer row = m.group(2) == null ? null : Integer.parseInt(m.group(2)) + 1;
        String column = m.group(4);
        String columnTitle = column == null ? null : spec.map(s -> s.columnTitle(column)).orElse(null);
        return new Location(tableId, spec.map(TableSpec::title).orElse(null), row, null, column, columnTitle, path, null);
    }

    static Optional<TableSpec> findTable(String tableId) {
        for (String id : DisclosureProfile.known()) {
            Optional<TableSpec> t = DisclosureProfile.find(id).flatMap(p -> p.table(tableId));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The text of a line (1-based) around a column, at most ~60 characters, for showing the submitter. */
    static String excerpt(String text, int line, int column) {
        if (line <= 0) {
            return null;
        }
        List<String> lines = text.lines().skip(line - 1L).limit(1).toList();
        if (lines.isEmpty()) {
            return null;
        }
        String l = lines.get(0);
        int c = Math.max(0, Math.min(l.length(), column - 1));
        int from = Math.max(0, c - 30);
        int to = Math.min(l.length(), c + 30);
        String s = (from > 0 ? "…" : "") + l.substring(from, to).strip() + (to < l.length() ? "…" : "");
        return s.isBlank() ? null : s;
    }
}
