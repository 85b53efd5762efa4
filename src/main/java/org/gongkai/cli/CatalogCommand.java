package org.gongkai.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.catalog.BureauCatalogFolder;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.catalog.CatalogKind;
import org.gongkai.catalog.Classification;
import org.gongkai.catalog.ClassificationCatalog;
import org.gongkai.catalog.ClassificationEntry;
import org.gongkai.catalog.CodeChange;
import org.gongkai.catalog.EconomicMappingEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code catalog}: what classification catalogue is loaded (per edition and level: counts, verified share, sources,
 * the bureau's files); {@code catalog check CODE…}: each code's name, level, parent, status and edition, or why it
 * is unknown. Exit status 2 when the bureau's folder is unusable, 1 when a checked code is unknown.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"List the loaded classification catalogue: editions, counts per level, verified share, sources.",
                "'catalog check CODE...' explains codes."},
        subcommands = CatalogCommand.Check.class)
public final class CatalogCommand implements Callable<Integer> {

    private static final List<CatalogKind> CLASSIFICATIONS =
            List.of(CatalogKind.FUNCTION, CatalogKind.DEPARTMENT_ECONOMIC, CatalogKind.GOVERNMENT_ECONOMIC);

    @Mixin
    CatalogOptions options;

    @Override
    public Integer call() {
        CatalogEditions editions = options.editions();
        String folder = options.folderDescription();
        System.out.println("财政局目录文件夹：" + (folder == null ? "未设置（gongkai.catalog.dir）" : folder)
                + (editions.strict() ? "；严格模式：目录中没有的编码为错误" : "；目录中没有的编码为警告"));
        for (BureauCatalogFolder.BureauFile f : editions.bureauFiles()) {
            System.out.println("  已加载 " + f.fileName() + "：" + f.year() + "年 " + f.kind().chinese() + " " + f.rows().size() + " 条");
        }
        for (String ignored : editions.ignoredFiles()) {
            System.out.println("  未读取 " + ignored + "（不是 .tsv 或 .xlsx）");
        }
        for (ClassificationCatalog c : editions.all()) {
            System.out.println();
            System.out.println(c.year() + "年：" + c.title());
            for (CatalogKind k : CLASSIFICATIONS) {
                Classification cl = c.classification(k);
                StringBuilder sb = new StringBuilder("  " + cl.name() + "：");
                for (int level = 1; level <= (k == CatalogKind.FUNCTION ? 3 : 2); level++) {
                    List<ClassificationEntry> at = cl.atLevel(level);
                    long verified = at.stream().filter(ClassificationEntry::verified).count();
                    sb.append(new String[] {"类", "款", "项"}[level - 1]).append(' ').append(at.size())
                            .append("（已核实 ").append(verified).append("，").append(percent(verified, at.size())).append("） ");
                }
                System.out.println(sb.toString().stripTrailing());
                System.out.println("    来源：" + sources(cl.all().stream().map(ClassificationEntry::source).toList()));
            }
            List<EconomicMappingEntry> m = c.mapping().all();
            long mv = m.stream().filter(EconomicMappingEntry::verified).count();
            System.out.println("  部门经济分类→政府经济分类对应：" + m.size() + " 条（已核实 " + mv + "，" + percent(mv, m.size()) + "）");
        }
        return 0;
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    private static String sources(List<String> sources) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : sources) {
            counts.merge(s, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k + " " + v));
        return String.join("，", parts);
    }

    /** {@code catalog check CODE…}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Explain codes: name, level, parent, verification status and edition, or why a code is unknown.")
    static final class Check implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "CODE", description = "Classification codes (3, 5 or 7 digits)")
        List<String> codes;

        @Option(names = "--year", paramLabel = "YEAR", description = "Fiscal year whose edition to use (default: the newest edition)")
        Integer year;

        @Mixin
        CatalogOptions options;

        @Override
        public Integer call() {
            CatalogEditions editions = options.editions();
            List<ClassificationCatalog> all = editions.all();
            int y = year != null ? year : all.get(all.size() - 1).year();
            CatalogEditions.Choice choice = editions.forYear(y);
            ClassificationCatalog c = choice.catalog();
            if (!choice.exact()) {
                System.out.println("没有" + y + "年的目录，按" + c.title() + "说明。");
            }
            boolean allKnown = true;
            for (String raw : codes) {
                String code = raw.strip();
                List<String> lines = explain(c, code);
                allKnown &= !lines.get(0).contains("不认识");
                lines.forEach(System.out::println);
            }
            return allKnown ? 0 : 1;
        }

        static List<String> explain(ClassificationCatalog c, String code) {
            List<String> out = new ArrayList<>();
            for (CatalogKind k : CLASSIFICATIONS) {
                Classification cl = c.classification(k);
                ClassificationEntry e = cl.find(code).orElse(null);
                if (e != null) {
                    String parent = e.parent() == null ? "无（类）"
                            : e.parent() + cl.find(e.parent()).map(p -> " " + p.name()).orElse("（目录中没有）");
                    out.add(code + "  " + e.name() + "  " + cl.name() + " " + e.levelName() + "  上级：" + parent
                            + "  状态：" + e.status().tag() + " " + e.status().chinese() + "  来源：" + e.source()
                            + "  版本：" + c.title());
                    cl.change(code).filter(ch -> !ch.retired())
                            .ifPresent(ch -> out.add("  " + c.year() + "年更名，原名称“" + ch.formerName() + "”"));
                    if (k == CatalogKind.DEPARTMENT_ECONOMIC) {
                        c.mapping().find(code).ifPresent(m -> out.add("  对应政府经济分类：" + m.governmentCode()
                                + (m.alternativeCode() == null ? "" : "（事业单位 " + m.alternativeCode() + "）") + "  状态：" + m.status().tag()));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            CatalogKind k = kindOf(code);
            if (k == null) {
                out.add(code + "  不认识：不是3、5或7位数字的科目编码（支出功能分类以2开头，部门经济分类以3开头，政府经济分类以5开头）。");
                return out;
            }
            Classification cl = c.classification(k);
            CodeChange ch = cl.change(code).orElse(null);
            if (ch != null && ch.retired()) {
                out.add(code + "  不认识：" + cl.name() + " " + code + "（" + ch.formerName() + "）在" + c.title() + "中已取消"
                        + (ch.successor() == null ? "，没有指定替代科目。" : "，改用 " + ch.successor()
                        + cl.find(ch.successor()).map(s -> " " + s.name()).orElse("") + "。"));
                return out;
            }
            String cls = code.substring(0, 3);
            if (!cl.contains(cls)) {
                out.add(code + "  不认识：" + cl.name() + "没有类 " + cls + "（" + c.title() + "），提交时为错误。");
                return out;
            }
            String parent = cls;
            for (String p = k.parentOf(code); p != null; p = k.parentOf(p)) {
                ClassificationEntry pe = cl.find(p).orElse(null);
                if (pe != null) {
                    parent = p + " " + pe.name();
                    break;
                }
            }
            out.add(code + "  不认识：" + c.title() + "的" + cl.name() + "中没有此编码；最近的已知上级为 " + parent
                    + "。提交时为警告 class.code-unlisted（严格模式下为错误）。");
            return out;
        }

        private static CatalogKind kindOf(String code) {
            if (code.isEmpty()) {
                return null;
            }
            CatalogKind k = switch (code.charAt(0)) {
                case '2' -> CatalogKind.FUNCTION;
                case '3' -> CatalogKind.DEPARTMENT_ECONOMIC;
                case '5' -> CatalogKind.GOVERNMENT_ECONOMIC;
                default -> null;
            };
            return k != null && k.levelOf(code) > 0 ? k : null;
        }
    }
}
