package org.gongkai.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The finance bureau's catalogue folder ({@code gongkai.catalog.dir}): the official lists exported from its budget
 * system, which take precedence over the shipped entries of their year. Each file holds one list of one year,
 * both named in the file name: {@code function-2025.tsv}, {@code 2025年支出功能分类科目.xlsx},
 * {@code 部门经济分类-2025.xlsx}, {@code 部门经济分类与政府经济分类对应-2025.tsv}. Every file is read and checked
 * before anything is used: the first unusable file or line throws {@link CatalogFileException}, so a bad folder is
 * never half-loaded.
 */
public final class BureauCatalogFolder {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    /** One file read and checked: its year, list and rows. */
    public record BureauFile(String fileName, int year, CatalogKind kind, List<CatalogRow> rows) {
    }

    private final Map<String, CatalogTableReader> readers;

    /** @param readers reader by lower-case file extension ("tsv", "xlsx") */
    public BureauCatalogFolder(Map<String, CatalogTableReader> readers) {
        this.readers = Map.copyOf(readers);
    }

    /** Reads every catalogue file of the folder (in name order); files of other types are left alone and listed in {@code ignored}. */
    public List<BureauFile> read(Path dir, List<String> ignored) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogFileException(dir.toString(), null, "目录不存在或不是文件夹（设置 gongkai.catalog.dir）。");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new CatalogFileException(dir.toString(), null, "无法列出目录内容（" + e.getClass().getSimpleName() + "）。", e);
        }
        List<BureauFile> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (name.startsWith(".") || name.startsWith("~$") || !readers.containsKey(ext)) {
                ignored.add(name);
                continue;
            }
            int year = year(name);
            CatalogKind kind = CatalogKind.fromFileName(name).orElseThrow(() -> new CatalogFileException(name, null,
                    "文件名应说明是哪一种目录：function / department-economic / government-economic / "
                            + "department-to-government-economic，或“支出功能分类”“部门经济分类”“政府经济分类”“对应”。"));
            List<CatalogRow> rows = readers.get(ext).read(f, kind);
            check(name, kind, rows);
            String key = year + "/" + kind;
            if (seen.containsKey(key)) {
                throw new CatalogFileException(name, null, "与 " + seen.get(key) + " 是同一年度的同一种目录；每年每种目录只放一个文件。");
            }
            seen.put(key, name);
            out.add(new BureauFile(name, year, kind, rows));
        }
        return out;
    }

    private static int year(String name) {
        Matcher m = YEAR.matcher(name);
        Integer year = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (year != null && year != y) {
                throw new CatalogFileException(name, null, "文件名中有两个年度（" + year + "、" + y + "），无法确定目录适用的预算年度。");
            }
            year = y;
        }
        if (year == null) {
            throw new CatalogFileException(name, null, "文件名中没有预算年度（如 function-2025.tsv、2025年支出功能分类科目.xlsx）。");
        }
        return year;
    }

    /** Codes well formed, names present, statuses known, no code twice. */
    private static void check(String file, CatalogKind kind, List<CatalogRow> rows) {
        if (rows.isEmpty()) {
            throw new CatalogFileException(file, null, "没有任何科目行。");
        }
        Map<String, Integer> lines = new TreeMap<>();
        for (CatalogRow r : rows) {
            String place = place(r);
            if (kind.levelOf(r.code()) == 0) {
                throw new CatalogFileException(file, place, "编码“" + r.code() + "”不是" + lengths(kind) + "位数字。");
            }
            if (kind == CatalogKind.MAPPING) {
                if (CatalogKind.GOVERNMENT_ECONOMIC.levelOf(r.name()) != 2) {
                    throw new CatalogFileException(file, place, "对应的政府经济分类编码“" + nullToEmpty(r.name()) + "”不是5位数字。");
                }
                if (r.note() != null && CatalogKind.GOVERNMENT_ECONOMIC.levelOf(r.note()) != 2) {
                    throw new CatalogFileException(file, place, "事业单位对应编码“" + r.note() + "”不是5位数字。");
                }
            } else if (r.name() == null || r.name().isBlank()) {
                throw new CatalogFileException(file, place, "编码 " + r.code() + " 没有名称。");
            }
            if (r.status() != null) {
                try {
                    VerificationStatus.fromTag(r.status());
                } catch (IllegalArgumentException e) {
                    throw new CatalogFileException(file, place, "核实状态“" + r.status() + "”未知（可用 V、doc、web、R、bureau）。");
                }
            }
            Integer before = lines.put(r.code(), r.line());
            if (before != null) {
                throw new CatalogFileException(file, place, "编码 " + r.code() + " 重复（第" + before + "行已有）。");
            }
        }
    }

    static String place(CatalogRow r) {
        return "第" + r.line() + "行";
    }

    private static String lengths(CatalogKind kind) {
        StringBuilder sb = new StringBuilder();
        for (int l : kind.lengths()) {
            sb.append(sb.length() == 0 ? "" : "、").append(l);
        }
        return sb.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
