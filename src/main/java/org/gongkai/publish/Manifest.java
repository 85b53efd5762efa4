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
        Map<String, String> files = new TreeMap<>(pages);
        for (DepartmentPublication d : departments) {
            if (d.current() == null) {
                continue;
            }
            for (PublishedVersion v : d.versions()) {
                v.files().forEach((f, sha) -> files.put(v.folder() + "/" + f, sha));
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024 + files.size() * 120);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("algorithm", "SHA-256");
            g.writeArrayFieldStart("departments");
            for (DepartmentPublication d : departments) {
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
            for (Map.Entry<String, String> f : files.entrySet()) {
                g.writeStringField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
