package org.gongkai.validation;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Walks every string of a model object graph (records, lists, maps). The JSON path of a string is built only for
 * strings the filter accepts, so a walk over a whole submission stays cheap.
 */
final class TextFields {

    private static final int MAX_DEPTH = 12;

    private static final ClassValue<Accessor[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessor[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Accessor[] out = new Accessor[components.length];
            for (int i = 0; i < components.length; i++) {
                Class<?> t = components[i].getType();
                boolean walkable = t == String.class || List.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)
                        || t.isRecord();
                out[i] = new Accessor(components[i].getName(), components[i].getAccessor(), walkable);
            }
            return out;
        }
    };

    private record Accessor(String name, Method method, boolean walkable) {
    }

    /** A path segment chain; rendered to "a.b[2].c" only when needed. */
    private record Segment(Segment parent, String name, int index) {
        String render() {
            StringBuilder sb = new StringBuilder();
            render(sb);
            return sb.toString();
        }

        private void render(StringBuilder sb) {
            if (parent != null) {
                parent.render(sb);
            }
            if (name != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            } else {
                sb.append('[').append(index).append(']');
            }
        }
    }

    private TextFields() {
    }

    /** Calls {@code visitor(path, text)} for every string the filter accepts. */
    static void walk(Object root, Predicate<String> filter, BiConsumer<String, String> visitor) {
        walk(root, null, filter, visitor, 0, false);
    }

    /**
     * Like {@link #walk} but map keys are visited too (a key's path is the map's path followed by {@code .key}, the
     * key being the text visited); for checks that every character a submitter wrote is publishable.
     */
    static void walkWithKeys(Object root, Predicate<String> filter, BiConsumer<String, String> visitor) {
        walk(root, null, filter, visitor, 0, true);
    }

    private static void walk(Object node, Segment at, Predicate<String> filter, BiConsumer<String, String> visitor, int depth,
                             boolean keys) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof String s) {
            if (filter.test(s)) {
                visitor.accept(at == null ? "" : at.render(), s);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), new Segment(at, null, i), filter, visitor, depth + 1, keys);
            }
        } else if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (keys && e.getKey() instanceof String k && filter.test(k)) {
                    visitor.accept(new Segment(at, k, 0).render(), k);
                }
                if (e.getValue() instanceof String || e.getValue() instanceof List || e.getValue() instanceof Map
                        || e.getValue() != null && e.getValue().getClass().isRecord()) {
                    walk(e.getValue(), new Segment(at, String.valueOf(e.getKey()), 0), filter, visitor, depth + 1, keys);
                }
            }
        } else if (node.getClass().isRecord()) {
            for (Accessor a : ACCESSORS.get(node.getClass())) {
                if (!a.walkable()) {
                    continue;
                }
                Object value;
                try {
                    value = a.method().invoke(node);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                walk(value, new Segment(at, a.name(), 0), filter, visitor, depth + 1, keys);
            }
        }
    }
}
