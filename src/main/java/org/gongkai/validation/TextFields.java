package org.gongkai.validation;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Walks every string of a model object graph (records, lists, maps) with its JSON path. */
final class TextFields {

    private static final int MAX_DEPTH = 12;

    private TextFields() {
    }

    static void walk(Object node, String path, BiConsumer<String, String> visitor) {
        walk(node, path, visitor, 0);
    }

    private static void walk(Object node, String path, BiConsumer<String, String> visitor, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof String s) {
            visitor.accept(path, s);
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", visitor, depth + 1);
            }
        } else if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), join(path, String.valueOf(e.getKey())), visitor, depth + 1);
            }
        } else if (node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(node);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                walk(value, join(path, c.getName()), visitor, depth + 1);
            }
        }
    }

    private static String join(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }
}
