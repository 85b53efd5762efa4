package org.gongkai.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.json}: the SHA-256 of every published file (every version, the department pages and the site
 * index), and which version of each department is current. Like the pages it depends on the ledger only.
 */
public final class Manifest {

    public static final String PATH = "manifest.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /** @param pages path -> SHA-256 of the site index and the department pages as they are now */
    public static byte[] render(List<DepartmentPublication> departments, Map<String, String> pages) {
        Map<String, String> files = new TreeMap<>(pages);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("algorithm", "SHA-256");
        ArrayNode current = root.putArray("departments");
        for (DepartmentPublication d : departments) {
            PublishedVersion c = d.current();
            if (c == null) {
                continue;
            }
            ObjectNode n = current.addObject();
            n.put("year", d.year());
            n.put("code", d.code());
            n.put("name", d.name());
            n.put("approvalDate", d.approvalDate());
            n.put("current", c.folder());
            n.put("version", c.version());
            n.put("publishedAt", c.publishedAt());
            ArrayNode archive = n.putArray("archive");
            d.versions().subList(0, d.versions().size() - 1).forEach(v -> archive.add(v.folder()));
            for (PublishedVersion v : d.versions()) {
                v.files().forEach((f, sha) -> files.put(v.folder() + "/" + f, sha));
            }
        }
        ObjectNode list = root.putObject("files");
        files.forEach(list::put);
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
