package org.gongkai.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.gongkai.support.Templates;

/**
 * The disclosure profiles gongkai knows: every {@code profiles/*.json} shipped in the jar (found by listing that
 * resource folder, in the exploded classpath or in the jar), plus the finance bureau's profile folder
 * ({@code gongkai.profile.dir}), read once at start. A profile is known by its id, which is its file name: adding a
 * layout is adding a file, not code. A bad folder file stops the start with a {@link ProfileFileException}.
 */
public final class ProfileRegistry {

    private static final String DIR = "profiles/";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final Map<String, DisclosureProfile> SHIPPED = loadShipped();
    /** The shipped profile a submission that names none uses ({@code "default": true} in exactly one file). */
    private static final String DEFAULT_ID = defaultOf(SHIPPED);
    private static volatile Map<String, DisclosureProfile> folder = Map.of();
    private static volatile Path folderDir;

    private ProfileRegistry() {
    }

    /** Every known id: the shipped profiles, then the bureau's, each in name order. */
    public static List<String> ids() {
        List<String> out = new ArrayList<>(SHIPPED.keySet());
        out.addAll(folder.keySet());
        return Collections.unmodifiableList(out);
    }

    /** The ids of the profiles shipped with gongkai. */
    public static List<String> shippedIds() {
        return List.copyOf(SHIPPED.keySet());
    }

    /** The profile of an id, or null. */
    public static DisclosureProfile get(String id) {
        if (id == null) {
            return null;
        }
        DisclosureProfile p = SHIPPED.get(id);
        return p != null ? p : folder.get(id);
    }

    /** The bureau's profile folder in use, or null. */
    public static Path folder() {
        return folderDir;
    }

    /**
     * Reads the bureau's profile folder: every {@code *.json} in it is a profile whose id is its file name; its
     * narrative template ({@code narrativeTemplate}) is a file under the folder. {@code dir} null forgets the folder.
     *
     * @param ruleIds the rule ids an equation may report under
     * @return the ids read
     * @throws ProfileFileException naming the file and place of the first problem; nothing changes then
     */
    public static synchronized List<String> useFolder(Path dir, Set<String> ruleIds) {
        if (dir == null) {
            folder = Map.of();
            folderDir = null;
            Templates.useFolder(null);
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new ProfileFileException(dir.toString(), null, "文件夹不存在或不是文件夹（设置 gongkai.profile.dir）。");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            s.forEach(files::add);
        } catch (IOException e) {
            throw new ProfileFileException(dir.toString(), null, "无法读取文件夹（" + e.getMessage() + "）。", e);
        }
        Collections.sort(files);
        Map<String, DisclosureProfile> read = new TreeMap<>();
        for (Path f : files) {
            DisclosureProfile p;
            try (InputStream in = Files.newInputStream(f)) {
                p = parse(f.toString(), in);
            } catch (IOException e) {
                throw new ProfileFileException(f.toString(), null, "无法读取（" + e.getMessage() + "）。", e);
            }
            String stem = f.getFileName().toString().replaceFirst("\\.json$", "");
            if (p.id() == null || !p.id().equals(stem)) {
                throw new ProfileFileException(f.toString(), "id", "口径 id“" + p.id() + "”必须与文件名“" + stem + "”相同。");
            }
            if (SHIPPED.containsKey(p.id())) {
                throw new ProfileFileException(f.toString(), "id", "口径 id“" + p.id() + "”与 gongkai 提供的口径重复，请换一个 id。");
            }
            if (p.defaultProfile() != null) {
                throw new ProfileFileException(f.toString(), "default", "财政局口径不能设为默认口径（未写 profile 的提交使用 gongkai 提供的默认口径“"
                        + DEFAULT_ID + "”），请删去 default。");
            }
            List<ProfileLint.Problem> problems = ProfileLint.problems(p, ruleIds, t -> shippedTemplate(t) || folderTemplate(dir, t));
            if (!problems.isEmpty()) {
                ProfileLint.Problem first = problems.get(0);
                throw new ProfileFileException(f.toString(), first.place(), first.text()
                        + (problems.size() > 1 ? "（另有 " + (problems.size() - 1) + " 处问题）" : ""));
            }
            read.put(p.id(), p);
        }
        Templates.useFolder(dir);
        for (DisclosureProfile p : read.values()) {
            if (p.narrativeTemplate() != null && !shippedTemplate(p.narrativeTemplate())) {
                String problem = Templates.problem(p.narrativeTemplate());
                if (problem != null) {
                    Templates.useFolder(folderDir);
                    throw new ProfileFileException(dir.resolve(p.narrativeTemplate()).toString(), null, "模板有错：" + problem);
                }
            }
        }
        folder = Collections.unmodifiableMap(new LinkedHashMap<>(read));
        folderDir = dir;
        return List.copyOf(read.keySet());
    }

    private static boolean shippedTemplate(String name) {
        return ProfileRegistry.class.getResource("/templates/" + name) != null;
    }

    private static boolean folderTemplate(Path dir, String name) {
        Path f = dir.resolve(name).normalize();
        return f.startsWith(dir.normalize()) && Files.isRegularFile(f);
    }

    /** Reads one profile file; JSON and shape errors become a ProfileFileException naming the place. */
    static DisclosureProfile parse(String file, InputStream in) throws IOException {
        try {
            return MAPPER.readValue(in, DisclosureProfile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ProfileFileException(file, path(e), "未知字段“" + e.getPropertyName() + "”（字段名写错了？可用的字段见 docs/profiles.md）。", e);
        } catch (JsonMappingException e) {
            String place = path(e);
            throw new ProfileFileException(file, place.isEmpty() ? where(e.getLocation()) : place,
                    "内容不符合口径文件的格式（" + e.getOriginalMessage() + "）。", e);
        } catch (JsonProcessingException e) {
            throw new ProfileFileException(file, where(e.getLocation()), "不是有效的 JSON（" + e.getOriginalMessage() + "）。", e);
        }
    }

    private static String where(JsonLocation l) {
        return l == null ? "" : "第" + l.getLineNr() + "行第" + l.getColumnNr() + "列";
    }

    /** "equations[3].left" from Jackson's path. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The id of the shipped profile a submission that names none uses. */
    public static String defaultId() {
        return DEFAULT_ID;
    }

    static String defaultOf(Map<String, DisclosureProfile> shipped) {
        List<String> defaults = new ArrayList<>();
        for (DisclosureProfile p : shipped.values()) {
            if (Boolean.TRUE.equals(p.defaultProfile())) {
                defaults.add(p.id());
            }
        }
        if (defaults.size() != 1) {
            throw new IllegalStateException("exactly one shipped profile must say \"default\": true, found " + defaults);
        }
        return defaults.get(0);
    }

    /** Every {@code profiles/*.json} next to this class: in the classes folder or in the jar. */
    private static Map<String, DisclosureProfile> loadShipped() {
        Map<String, DisclosureProfile> out = new TreeMap<>();
        for (String name : shippedNames()) {
            String resource = "/" + DIR + name;
            try (InputStream in = ProfileRegistry.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                DisclosureProfile p = parse(resource, in);
                List<ProfileLint.Problem> problems = ProfileLint.problems(p, null, ProfileRegistry::shippedTemplate);
                if (!problems.isEmpty() || !name.equals(p.id() + ".json")) {
                    throw new IllegalStateException("shipped profile " + resource + ": " + problems + " (id " + p.id() + ")");
                }
                out.put(p.id(), p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read profile " + resource, e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no profiles/*.json found next to " + ProfileRegistry.class.getName());
        }
        return Collections.unmodifiableMap(out);
    }

    /** File names under {@code profiles/} where this class was loaded from (a folder or a jar). */
    static Set<String> shippedNames() {
        try {
            var source = ProfileRegistry.class.getProtectionDomain().getCodeSource();
            return source == null ? Set.of() : namesIn(Path.of(source.getLocation().toURI()));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the shipped profiles", e);
        }
    }

    /** The {@code profiles/*.json} file names of a classes folder or a jar. */
    static Set<String> namesIn(Path where) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(where)) {
            Path dir = where.resolve(DIR);
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
                    s.forEach(f -> names.add(f.getFileName().toString()));
                }
            }
        } else if (Files.isRegularFile(where)) {
            try (JarFile jar = new JarFile(where.toFile())) {
                names.addAll(jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(DIR) && n.endsWith(".json") && n.indexOf('/', DIR.length()) < 0)
                        .map(n -> n.substring(DIR.length())).collect(Collectors.toSet()));
            }
        }
        return names;
    }
}
