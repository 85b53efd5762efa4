package org.gongkai.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.model.Submission;
import org.gongkai.support.Hashes;

/** Builds staged folders as intake and the renderer leave them: submission.json, site/ with Chinese file names, STAGED. */
public final class StagedFixtures {

    public static final String PDF = "平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf";
    public static final String CSV = "csv/01-收支总表.csv";

    private StagedFixtures() {
    }

    /** A department's staged, rendered disclosure; {@code edition} changes the content (a corrected resubmission). */
    public static Path stage(Path stagingRoot, String code, String name, LocalDate approval, String email,
                             LocalDateTime receivedAt, String edition) throws IOException {
        Map<String, String> site = new LinkedHashMap<>();
        site.put("index.html", "<!DOCTYPE html><html><body><h1>" + name + "</h1><p>" + edition + "</p></body></html>");
        site.put(PDF, "%PDF-1.7 " + name + " " + edition + " " + "x".repeat(2000));
        site.put("data.json", "{\"department\":\"" + name + "\",\"edition\":\"" + edition + "\"}");
        site.put(CSV, "项目,金额\n一般公共预算拨款收入,121.3\n" + edition + "\n");
        site.put("datapackage.json", "{\"name\":\"budget-" + code + "\"}");
        return stage(stagingRoot, code, name, approval, email, receivedAt, site);
    }

    public static Path stage(Path stagingRoot, String code, String name, LocalDate approval, String email,
                             LocalDateTime receivedAt, Map<String, String> site) throws IOException {
        StagingArea staging = new StagingArea(stagingRoot);
        Submission s = submission(code, name, approval, email);
        byte[] json = new ObjectMapper().writeValueAsBytes(s);
        String sha = Hashes.sha256((code + receivedAt + site.hashCode()).getBytes(StandardCharsets.UTF_8));
        Path folder = staging.folderFor(s, sha, receivedAt);
        for (Map.Entry<String, String> f : site.entrySet()) {
            Path p = folder.resolve(StagingArea.SITE).resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        Path staged = staging.stage(s, sha, receivedAt, "submission.json", json, "{\"findings\":[]}");
        staging.complete(staged);
        return staged;
    }

    /** A staged submission the renderer has not rendered yet (no site/). */
    public static Path stageUnrendered(Path stagingRoot, String code, String name, LocalDate approval,
                                       LocalDateTime receivedAt) throws IOException {
        Submission s = submission(code, name, approval, null);
        byte[] json = new ObjectMapper().writeValueAsBytes(s);
        String sha = Hashes.sha256((code + receivedAt).getBytes(StandardCharsets.UTF_8));
        StagingArea staging = new StagingArea(stagingRoot);
        Path staged = staging.stage(s, sha, receivedAt, "submission.json", json, "{}");
        staging.complete(staged); // a folder marked complete whose site/ is missing: the pass must not publish it
        return staged;
    }

    public static Submission submission(String code, String name, LocalDate approval, String email) throws IOException {
        String json = """
                {"formatVersion":1,"profile":"henan-14","fiscalYear":2024,"amountUnit":"万元","precision":1,
                 "approvalDate":%s,
                 "department":{"code":"%s","name":"%s","contact":%s}}
                """.formatted(approval == null ? "null" : "\"" + approval + "\"", code, name,
                email == null ? "null" : "{\"name\":\"联系人\",\"email\":\"" + email + "\"}");
        return new ObjectMapper().readValue(json, Submission.class);
    }
}
