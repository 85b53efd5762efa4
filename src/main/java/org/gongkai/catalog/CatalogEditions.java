package org.gongkai.catalog;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every edition of the 政府收支分类科目 the service knows, one per fiscal year: the shipped ones
 * ({@code src/main/resources/catalog/editions.tsv}), amended or extended by the finance bureau's catalogue folder.
 * A submission's fiscal year picks its edition ({@link #forYear}); a year without one uses the nearest older
 * edition (or the oldest, for a year before every edition), and says so.
 */
public final class CatalogEditions {

    private static volatile CatalogEditions shipped;

    private final TreeMap<Integer, ClassificationCatalog> editions;
    private final List<BureauCatalogFolder.BureauFile> bureauFiles;
    private final List<String> ignoredFiles;
    private final boolean strict;

    private CatalogEditions(TreeMap<Integer, ClassificationCatalog> editions, List<BureauCatalogFolder.BureauFile> bureauFiles,
                            List<String> ignoredFiles, boolean strict) {
        this.editions = editions;
        this.bureauFiles = List.copyOf(bureauFiles);
        this.ignoredFiles = List.copyOf(ignoredFiles);
        this.strict = strict;
    }

    /** The shipped editions only (loaded once, immutable). */
    public static CatalogEditions shipped() {
        CatalogEditions c = shipped;
        if (c == null) {
            synchronized (CatalogEditions.class) {
                c = shipped;
                if (c == null) {
                    c = new CatalogEditions(ShippedEditions.load(), List.of(), List.of(), false);
                    shipped = c;
                }
            }
        }
        return c;
    }

    /**
     * Editions read from other files than the shipped ones, opened by name ({@code editions.tsv},
     * {@code function-2024.tsv}, {@code changes-2025.tsv} …; null when missing): for tests of edition changes.
     */
    public static CatalogEditions fromFiles(Function<String, InputStream> open) {
        return new CatalogEditions(ShippedEditions.load(open), List.of(), List.of(), false);
    }

    /** One edition alone (tests, and callers that built a catalogue themselves). */
    public static CatalogEditions of(ClassificationCatalog catalog) {
        TreeMap<Integer, ClassificationCatalog> m = new TreeMap<>();
        m.put(catalog.year(), catalog);
        return new CatalogEditions(m, List.of(), List.of(), false);
    }

    /**
     * The shipped editions amended by the bureau's folder. {@code dir} null or blank: the shipped editions.
     * Throws {@link CatalogFileException} (naming file and line) when any file of the folder is unusable.
     *
     * @param readers reader by lower-case file extension; "tsv" defaults to {@link TsvCatalogReader}
     */
    public static CatalogEditions load(Path dir, Map<String, CatalogTableReader> readers) {
        if (dir == null || dir.toString().isBlank()) {
            return shipped();
        }
        Map<String, CatalogTableReader> all = new HashMap<>(readers);
        all.putIfAbsent("tsv", new TsvCatalogReader());
        List<String> ignored = new ArrayList<>();
        List<BureauCatalogFolder.BureauFile> files = new BureauCatalogFolder(all).read(dir, ignored);
        TreeMap<Integer, ClassificationCatalog> editions = new TreeMap<>(shipped().editions);
        TreeMap<Integer, List<BureauCatalogFolder.BureauFile>> byYear = new TreeMap<>();
        for (BureauCatalogFolder.BureauFile f : files) {
            byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<Integer, List<BureauCatalogFolder.BureauFile>> e : byYear.entrySet()) {
            int year = e.getKey();
            ClassificationCatalog base = nearest(editions, year);
            EditionDraft d = EditionDraft.of(base);
            for (BureauCatalogFolder.BureauFile f : e.getValue()) {
                apply(d, f);
            }
            String title = base.year() == year ? base.title() + "，按财政局目录修订"
                    : year + "年财政局目录（其余条目沿用" + base.title() + "）";
            editions.put(year, d.build(year, title, true));
        }
        return new CatalogEditions(editions, files, ignored, false);
    }

    private static void apply(EditionDraft d, BureauCatalogFolder.BureauFile f) {
        String source = "bureau:" + f.fileName();
        for (CatalogRow r : f.rows()) {
            String status = r.status() == null ? VerificationStatus.BUREAU.tag() : r.status();
            if (f.kind() == CatalogKind.MAPPING) {
                d.putMapping(ShippedEditions.mappingEntry(r.code(), r.name(), status, source, r.note()));
            } else {
                ClassificationEntry old = d.entry(f.kind(), r.code());
                d.put(f.kind(), new ClassificationEntry(r.code(), r.name(), f.kind().levelOf(r.code()), f.kind().parentOf(r.code()),
                        VerificationStatus.fromTag(status), source, r.note() != null ? r.note()
                        : old != null && !CatalogNames.same(old.name(), r.name()) ? "随程序提供的名称：" + old.name() : ""));
            }
        }
    }

    private static ClassificationCatalog nearest(TreeMap<Integer, ClassificationCatalog> editions, int year) {
        Map.Entry<Integer, ClassificationCatalog> e = editions.floorEntry(year);
        return e != null ? e.getValue() : editions.firstEntry().getValue();
    }

    /** The same editions; {@code strict} true makes codes the catalogue lacks errors (a bureau that holds the complete list). */
    public CatalogEditions withStrict(boolean strict) {
        return new CatalogEditions(editions, bureauFiles, ignoredFiles, strict);
    }

    /** Whether codes missing from the catalogue are errors rather than warnings. */
    public boolean strict() {
        return strict;
    }

    /** The edition of exactly this year. */
    public Optional<ClassificationCatalog> edition(int year) {
        return Optional.ofNullable(editions.get(year));
    }

    /** The edition a submission of this fiscal year is checked against. */
    public Choice forYear(int year) {
        ClassificationCatalog exact = editions.get(year);
        return exact != null ? new Choice(exact, year, true) : new Choice(nearest(editions, year), year, false);
    }

    /** Every edition, oldest first. */
    public List<ClassificationCatalog> all() {
        return new ArrayList<>(editions.values());
    }

    /** The bureau files loaded, in name order. */
    public List<BureauCatalogFolder.BureauFile> bureauFiles() {
        return bureauFiles;
    }

    /** Files of the bureau folder that are not catalogue files (not .tsv or .xlsx), left alone. */
    public List<String> ignoredFiles() {
        return ignoredFiles;
    }

    /**
     * The edition chosen for a fiscal year.
     *
     * @param catalog the edition
     * @param year    the fiscal year asked for
     * @param exact   false when the year has no edition of its own and {@code catalog} is the nearest older (or the oldest)
     */
    public record Choice(ClassificationCatalog catalog, int year, boolean exact) {
    }
}
