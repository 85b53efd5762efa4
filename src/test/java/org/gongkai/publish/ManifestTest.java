package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ManifestTest {

    /**
     * The manifest is written without a map of every file; its "files" must still be exactly every file of every
     * version, the department pages and the site index, in path order, also where one department's code is the
     * start of another's ("A" and "A-1": "2024/A-1/..." sorts before "2024/A/...") and across years.
     */
    @Test
    void listsEveryFileOnceInPathOrderWhateverTheCodes() throws Exception {
        List<DepartmentPublication> departments = new ArrayList<>();
        Map<String, String> pages = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        int n = 0;
        for (int year : new int[]{2023, 2024}) {
            for (String code : new String[]{"A", "A-1", "A0", "B", "10", "9"}) {
                List<PublishedVersion> versions = new ArrayList<>();
                for (int v = 1; v <= 2; v++) {
                    String folder = year + "/" + code + "/v" + v + "-0000000" + v;
                    Map<String, String> files = Map.of("index.html", "h" + n++, "csv/01-表.csv", "c" + n++,
                            "部门预算.pdf", "p" + n++);
                    versions.add(new PublishedVersion(v, folder, "x", "s", "2024-03-01T10:00:00", files, v > 1));
                    files.forEach((f, sha) -> expected.put(folder + "/" + f, sha));
                }
                DepartmentPublication d = new DepartmentPublication(year, code, code, "部门" + code, "2024-01-01", versions);
                departments.add(d);
                pages.put(d.pagePath(), "page" + n++);
            }
        }
        departments.add(new DepartmentPublication(2024, "none", "none", "未公开", "2024-01-01", List.of()));
        pages.put("index.html", "site");
        expected.putAll(pages);

        JsonNode manifest = new ObjectMapper().readTree(Manifest.render(departments, pages));

        List<String> paths = new ArrayList<>();
        Map<String, String> files = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            paths.add(f.getKey());
            files.put(f.getKey(), f.getValue().asText());
        }
        assertThat(files).isEqualTo(expected);
        assertThat(paths).containsExactlyElementsOf(expected.keySet());
        assertThat(manifest.get("departments")).hasSize(12);
    }
}
