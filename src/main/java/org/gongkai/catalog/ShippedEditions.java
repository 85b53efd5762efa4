package org.gongkai.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The editions shipped in {@code src/main/resources/catalog/}: {@code editions.tsv} lists them; the first is read
 * whole from {@code function-YYYY.tsv}, {@code department-economic-YYYY.tsv}, {@code government-economic-YYYY.tsv}
 * and {@code department-to-government-economic-YYYY.tsv}; each later one is the one before plus
 * {@code changes-YYYY.tsv} (codes added, renamed, retired). A broken shipped file is a programming error.
 */
final class ShippedEditions {

    private static final String DIR = "/catalog/";

    private ShippedEditions() {
    }

    static TreeMap<Integer, ClassificationCatalog> load() {
        return load(file -> ShippedEditions.class.getResourceAsStream(DIR + file));
    }

    /** The editions from files opened by name (editions.tsv, function-2024.tsv, changes-2025.tsv …); null: missing. */
    static TreeMap<Integer, ClassificationCatalog> load(Function<String, InputStream> open) {

        TreeMap<Integer, ClassificationCatalog> out = new TreeMap<>();
        ClassificationCatalog previous = null;
        for (String[] f : rows(open, "editions.tsv", 3)) {
            int year = Integer.parseInt(f[0].strip());
            String title = f[1].strip();
            String how = f[2].strip();
            EditionDraft d;
            if ("base".equals(how)) {
                d = base(open, year);
            } else if ("changes".equals(how)) {
                if (previous == null) {
                    throw new IllegalStateException("editions.tsv: " + year + " has no earlier edition to change");
                }
                d = EditionDraft.of(previous);
                applyChanges(open, d, "changes-" + year + ".tsv");
            } else {
                throw new IllegalStateException("editions.tsv: unknown kind " + how);
            }
            previous = d.build(year, title, false);
            out.put(year, previous);
        }
        return out;
    }

    private static EditionDraft base(Function<String, InputStream> open, int year) {
        EditionDraft d = new EditionDraft();
        for (CatalogKind k : List.of(CatalogKind.FUNCTION, CatalogKind.DEPARTMENT_ECONOMIC, CatalogKind.GOVERNMENT_ECONOMIC)) {
            String file = k.stem() + "-" + year + ".tsv";
            for (String[] f : rows(open, file, 4)) {
                d.put(k, entry(file, k, f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
            }
        }
        String file = CatalogKind.MAPPING.stem() + "-" + year + ".tsv";
        for (String[] f : rows(open, file, 4)) {
            d.putMapping(mappingEntry(f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
        }
        return d;
    }

    /** Columns: action (add|rename|retire), kind stem, code, name, status, source, successor, note. */
    private static void applyChanges(Function<String, InputStream> open, EditionDraft d, String file) {
        for (String[] f : rows(open, file, 6)) {
            String action = f[0].strip().toLowerCase(Locale.ROOT);
            CatalogKind kind = kind(file, f[1].strip());
            String code = f[2].strip();
            String name = f[3].strip();
            VerificationStatus status = VerificationStatus.fromTag(f[4]);
            String source = f[5].strip();
            String successor = f.length > 6 && !f[6].isBlank() ? f[6].strip() : null;
            String note = f.length > 7 ? f[7].strip() : "";
            if (kind == CatalogKind.MAPPING) {
                if (!"add".equals(action)) {
                    throw new IllegalStateException(file + ": mapping rows can only be added: " + code);
                }
                d.putMapping(mappingEntry(code, name, f[4], source, successor == null ? "" : successor));
                continue;
            }
            ClassificationEntry old = d.entry(kind, code);
            switch (action) {
                case "add" -> {
                    if (old != null) {
                        throw new IllegalStateException(file + ": " + code + " already exists");
                    }
                    d.put(kind, entry(file, kind, code, name, f[4], source, note));
                }
                case "rename" -> {
                    if (old == null) {
                        throw new IllegalStateException(file + ": cannot rename missing " + code);
                    }
                    d.put(kind, entry(file, kind, code, name, f[4], source, note));
                    d.change(kind, new CodeChange(CodeChange.Kind.RENAMED, code, old.name(), null, status, source, note));
                }
                case "retire" -> {
                    if (old == null) {
                        throw new IllegalStateException(file + ": cannot retire missing " + code);
                    }
                    d.remove(kind, code);
                    d.change(kind, new CodeChange(CodeChange.Kind.RETIRED, code, old.name(), successor, status, source, note));
                }
                default -> throw new IllegalStateException(file + ": unknown action " + action);
            }
        }
    }

    private static CatalogKind kind(String file, String stem) {
        for (CatalogKind k : CatalogKind.values()) {
            if (k.stem().equals(stem)) {
                return k;
            }
        }
        throw new IllegalStateException(file + ": unknown kind " + stem);
    }

    static ClassificationEntry entry(String file, CatalogKind kind, String code, String name, String status, String source,
                                     String note) {
        String c = code.strip();
        int level = kind.levelOf(c);
        if (level == 0) {
            throw new IllegalStateException(file + ": bad code " + c);
        }
        return new ClassificationEntry(c, name.strip(), level, kind.parentOf(c), VerificationStatus.fromTag(status),
                source.strip(), note == null ? "" : note.strip());
    }

    static EconomicMappingEntry mappingEntry(String dept, String gov, String status, String source, String alternative) {
        String alt = alternative == null || alternative.isBlank() ? null : alternative.strip();
        return new EconomicMappingEntry(dept.strip(), gov.strip(), alt, VerificationStatus.fromTag(status), source.strip());
    }

    private static List<String[]> rows(Function<String, InputStream> open, String file, int minColumns) {
        String resource = DIR + file;
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < minColumns) {
                    throw new IllegalStateException(resource + ": too few columns in line: " + line);
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
