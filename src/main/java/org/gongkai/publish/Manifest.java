package org.gongkai.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.json}: the SHA-256 of every published file (every version, the department pages and the site
 * index), and which version of each department is current. Like the pages it depends on the ledger only.
 */
public final class Manifest {

    public static final String PATH = "manifest.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Manifest() {
    }

    /**
     * @param pages path -> SHA-256 of the site index and the department pages as they are now
     *              <p>Written as a stream (no tree of the whole site in memory): with ten thousand departments the
     *              manifest lists about 200,000 files.
     */
    public static byte[] render(List<DepartmentPublication> departments, Map<String, String> pages) {
        // "files" is sorted by path, as a sorted map of every path would be, without holding one: every path of a
        // department starts with "year/folder/" (a folder code holds no '/'), so the paths of one department are
        // next to each other in that order, and the departments follow each other in the order of that prefix.
        List<DepartmentPublication> byPrefix = new java.util.ArrayList<>();
        for (DepartmentPublication d : departments) {
            if (d.current() != null) {
                byPrefix.add(d);
            }
        }
        byPrefix.sort(java.util.Comparator.comparing(d -> d.key() + "/"));
        // written twice, first only counted: the array handed back is the only copy of the manifest in memory
        long[] size = {0};
        write(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        }, departments, byPrefix, pages);
        Sized out = new Sized((int) size[0]);
        write(out, departments, byPrefix, pages);
        return out.bytes();
    }

    private static void write(java.io.OutputStream out, List<DepartmentPublication> departments,
                              List<DepartmentPublication> byPrefix, Map<String, String> pages) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("algorithm", "SHA-256");
            g.writeArrayFieldStart("departments");
            for (DepartmentPublication d : departments) { // the "departments" list keeps the ledger's order
                PublishedVersion c = d.current();
                if (c == null) {
                    continue;
                }
                g.writeStartObject();
                g.writeNumberField("year", d.year());
                g.writeStringField("code", d.code());
                g.writeStringField("name", d.name());
                g.writeStringField("approvalDate", d.approvalDate());
                g.writeStringField("current", c.folder());
                g.writeNumberField("version", c.version());
                g.writeStringField("publishedAt", c.publishedAt());
                g.writeArrayFieldStart("archive");
                for (PublishedVersion v : d.versions().subList(0, d.versions().size() - 1)) {
                    g.writeString(v.folder());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("files");
            java.util.Iterator<Map.Entry<String, String>> rest = new TreeMap<>(pages).entrySet().iterator();
            Map.Entry<String, String> next = rest.hasNext() ? rest.next() : null;
            for (DepartmentPublication d : byPrefix) {
                String prefix = d.key() + "/";
                while (next != null && next.getKey().compareTo(prefix) < 0) { // pages before this department
                    g.writeStringField(next.getKey(), next.getValue());
                    next = rest.hasNext() ? rest.next() : null;
                }
                Map<String, String> own = new TreeMap<>();
                while (next != null && next.getKey().startsWith(prefix)) { // this department's page
                    own.put(next.getKey(), next.getValue());
                    next = rest.hasNext() ? rest.next() : null;
                }
                for (PublishedVersion v : d.versions()) {
                    v.files().forEach((f, sha) -> own.put(v.folder() + "/" + f, sha));
                }
                for (Map.Entry<String, String> f : own.entrySet()) {
                    g.writeStringField(f.getKey(), f.getValue());
                }
            }
            while (next != null) {
                g.writeStringField(next.getKey(), next.getValue());
                next = rest.hasNext() ? rest.next() : null;
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A byte buffer that hands over its array when it is exactly full (the manifest is large: no second copy). */
    private static final class Sized extends java.io.ByteArrayOutputStream {
        Sized(int size) {
            super(size);
        }

        byte[] bytes() {
            return count == buf.length ? buf : toByteArray();
        }
    }
}
