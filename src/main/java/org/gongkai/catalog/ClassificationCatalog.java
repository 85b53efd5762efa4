package org.gongkai.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2024 政府收支分类科目 (财预〔2023〕83号) as far as gongkai ships it: 支出功能分类, 部门预算支出经济分类,
 * 政府预算支出经济分类 and the mapping between the two economic classifications. Loaded once from
 * {@code src/main/resources/catalog/*.tsv}; every entry carries its verification status and source (docs/catalog.md).
 */
public final class ClassificationCatalog {

    public static final String EDITION = "2024年政府收支分类科目（财预〔2023〕83号）";

    private static final String DIR = "/catalog/";
    private static volatile ClassificationCatalog standard;

    private final Classification functions;
    private final Classification departmentEconomic;
    private final Classification governmentEconomic;
    private final EconomicMapping mapping;

    private ClassificationCatalog(Classification functions, Classification departmentEconomic,
                                  Classification governmentEconomic, EconomicMapping mapping) {
        this.functions = functions;
        this.departmentEconomic = departmentEconomic;
        this.governmentEconomic = governmentEconomic;
        this.mapping = mapping;
    }

    /** The shipped 2024 catalogue (loaded once, immutable). */
    public static ClassificationCatalog standard2024() {
        ClassificationCatalog c = standard;
        if (c == null) {
            synchronized (ClassificationCatalog.class) {
                c = standard;
                if (c == null) {
                    c = load();
                    standard = c;
                }
            }
        }
        return c;
    }

    /** 支出功能分类 类 (3 digits), 款 (5), 项 (7). */
    public Classification functions() {
        return functions;
    }

    /** 部门预算支出经济分类 类 (3 digits), 款 (5). */
    public Classification departmentEconomic() {
        return departmentEconomic;
    }

    /** 政府预算支出经济分类 类 (3 digits), 款 (5). */
    public Classification governmentEconomic() {
        return governmentEconomic;
    }

    /** 部门经济分类 → 政府经济分类. */
    public EconomicMapping mapping() {
        return mapping;
    }

    private static ClassificationCatalog load() {
        return new ClassificationCatalog(
                new Classification("支出功能分类", entries("function-2024.tsv", new int[] {3, 5, 7})),
                new Classification("部门预算支出经济分类", entries("department-economic-2024.tsv", new int[] {3, 5})),
                new Classification("政府预算支出经济分类", entries("government-economic-2024.tsv", new int[] {3, 5})),
                new EconomicMapping(mappingEntries("department-to-government-economic-2024.tsv")));
    }

    private static List<ClassificationEntry> entries(String file, int[] lengths) {
        List<ClassificationEntry> out = new ArrayList<>();
        for (String[] f : rows(file)) {
            String code = f[0].strip();
            int level = 0;
            for (int i = 0; i < lengths.length; i++) {
                if (code.length() == lengths[i]) {
                    level = i + 1;
                }
            }
            if (level == 0 || !code.chars().allMatch(Character::isDigit)) {
                throw new IllegalStateException(file + ": bad code " + code);
            }
            String parent = level == 1 ? null : code.substring(0, lengths[level - 2]);
            out.add(new ClassificationEntry(code, f[1].strip(), level, parent,
                    VerificationStatus.fromTag(f[2]), f[3].strip(), f.length > 4 ? f[4].strip() : ""));
        }
        return out;
    }

    private static List<EconomicMappingEntry> mappingEntries(String file) {
        List<EconomicMappingEntry> out = new ArrayList<>();
        for (String[] f : rows(file)) {
            String alt = f.length > 4 && !f[4].isBlank() ? f[4].strip() : null;
            out.add(new EconomicMappingEntry(f[0].strip(), f[1].strip(), alt, VerificationStatus.fromTag(f[2]), f[3].strip()));
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        String resource = DIR + file;
        try (InputStream in = ClassificationCatalog.class.getResourceAsStream(resource)) {
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
                if (f.length < 4) {
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
