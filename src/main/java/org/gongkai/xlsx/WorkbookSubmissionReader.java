package org.gongkai.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.intake.SourceMap;
import org.gongkai.intake.SubmissionFormatReader;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Department;
import org.gongkai.model.Submission;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;
import org.gongkai.support.Hashes;
import org.gongkai.support.MagicBytes;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;

/**
 * Reads a department's Excel workbook (.xlsx) into the submission model: the sheet 基本信息与说明 and one sheet
 * per table of the disclosure profile, laid out as in the published tables. Never throws for bad input: a
 * hostile or unreadable file is refused before Apache POI opens it ({@link ContainerInspector}); every cell
 * that cannot be read unambiguously becomes an error finding naming the sheet and cell. Every value read is
 * recorded in the outcome's {@link SourceMap} so later findings can point to cells too.
 */
public final class WorkbookSubmissionReader implements SubmissionFormatReader {
    private static final Pattern SHEET_NUMBERING =
            Pattern.compile("^(表?[0-9一二三四五六七八九十]+[、.:\\-_]*|\\([0-9一二三四五六七八九十]+\\))");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^\\d{4}年度?");

    /*
     * POI's own zip-bomb guards, in case a part slips past the ContainerInspector. ZipSecureFile keeps them in
     * static fields: they are JVM-wide and apply to every POI user in the process, so they are set once, from
     * WorkbookLimits.defaults(), before the first workbook is opened, never per reader (a reader built with other
     * limits is still bounded by its own ContainerInspector, which runs first). Not when this class is loaded:
     * loading POI's zip classes starts its logging and costs a JSON-only validation a tenth of a second (issue 11).
     */
    private static final class PoiZipGuards {
        static {
            WorkbookLimits defaults = WorkbookLimits.defaults();
            ZipSecureFile.setMinInflateRatio(1.0 / defaults.maxInflateRatio());
            ZipSecureFile.setMaxEntrySize(defaults.maxEntryBytes());
        }

        static void set() {
            // the static initialiser above runs once, on the first call
        }
    }

    private final WorkbookLimits limits;
    private final String defaultProfile;
    private final ContainerInspector inspector;

    /** Sets POI's JVM-wide zip guards from the defaults, once, before a workbook is opened (also the bureau's catalogues). */
    static void setPoiZipGuards() {
        PoiZipGuards.set();
    }

    public WorkbookSubmissionReader() {
        this(WorkbookLimits.defaults(), DisclosureProfile.defaultId());
    }

    /**
     * @param limits         size limits for hostile files
     * @param defaultProfile the profile used when 基本信息与说明 leaves 公开口径 blank
     */
    public WorkbookSubmissionReader(WorkbookLimits limits, String defaultProfile) {
        this.limits = limits;
        this.defaultProfile = defaultProfile;
        this.inspector = new ContainerInspector(limits);
    }

    @Override
    public boolean accepts(String fileName, byte[] content) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".xltx") || n.endsWith(".xltm")) {
            return true;
        }
        if (n.endsWith(".json")) {
            return false;
        }
        return MagicBytes.startsWith(content, ContainerInspector.ZIP_MAGIC)
                || MagicBytes.startsWith(content, ContainerInspector.OLE2_MAGIC);
    }

    @Override
    public ReadOutcome read(String fileName, byte[] content, String sha256) {
        byte[] bytes = content == null ? new byte[0] : content;
        String sha = sha256 != null ? sha256 : Hashes.sha256(bytes);
        List<Finding> findings = new ArrayList<>();
        SourceMap sources = new SourceMap();
        try {
            setPoiZipGuards();
            Optional<Finding> refused = inspector.inspect(fileName, bytes);
            if (refused.isPresent()) {
                return new ReadOutcome(fileName, "xlsx", sha, bytes.length, null, List.of(refused.get()), null);
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Submission s = readWorkbook(wb, findings, sources);
                return new ReadOutcome(fileName, "xlsx", sha, bytes.length, s, findings, sources);
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            findings.add(FindingFactory.fileError(XlsxRules.UNREADABLE,
                    "无法打开工作簿：" + describe(e),
                    "请确认提交的是用 Excel 或 WPS 保存的 .xlsx 工作簿，并重新保存后再提交。"));
            return new ReadOutcome(fileName, "xlsx", sha, bytes.length, null, findings, null);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : "（" + (m.length() > 200 ? m.substring(0, 200) + "…" : m) + "）");
    }

    private Submission readWorkbook(XSSFWorkbook wb, List<Finding> findings, SourceMap sources) {
        if (wb.getNumberOfSheets() > limits.maxSheets()) {
            findings.add(FindingFactory.fileError(XlsxRules.SHEET_TOO_LARGE,
                    "工作簿有 " + wb.getNumberOfSheets() + " 个工作表，上限为 " + limits.maxSheets() + " 个。",
                    "请删除与预算公开无关的工作表。"));
            return null;
        }
        List<Sheet> visible = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                visible.add(wb.getSheetAt(i));
            }
        }
        Sheet info = null;
        for (Sheet sh : visible) {
            if (TextNormalizer.key(sh.getSheetName()).equals(TextNormalizer.key(SheetNames.INFO))) {
                info = sh;
            }
        }
        InfoSheetReader infoReader = null;
        String profileId = defaultProfile;
        if (info == null) {
            findings.add(FindingFactory.fileError(XlsxRules.SHEET_MISSING,
                    "工作簿中没有工作表“" + SheetNames.INFO + "”（部门基本信息、变化原因、上年数和绩效目标）。",
                    "请使用 gongkai 模板（template 命令生成），保留工作表“" + SheetNames.INFO + "”并填写。"));
        } else {
            infoReader = new InfoSheetReader(new SheetCells(info, findings), findings, sources);
            String p = infoReader.profileId();
            if (p != null) {
                profileId = p.trim();
            }
        }
        Optional<DisclosureProfile> found = DisclosureProfile.find(profileId);
        if (found.isEmpty()) {
            findings.add(FindingFactory.cellError(XlsxRules.PROFILE,
                    "“" + SheetNames.INFO + "”中的公开口径“" + profileId + "”不是已知的公开口径（可用：" + String.join("、", DisclosureProfile.known()) + "）。",
                    Location.field("profile").withCell(sources.field("profile").orElse(null)), profileId,
                    "请填写模板中原有的公开口径。"));
            return null;
        }
        DisclosureProfile profile = found.get();
        Submission base = infoReader == null
                ? new Submission(null, profile.id(), null, null, null, null, null, null, null, null, null, null)
                : infoReader.read(profile);
        Sheet fieldSheet = null;
        for (Sheet sh : visible) {
            if (TextNormalizer.key(sh.getSheetName()).equals(TextNormalizer.key(FieldSheet.NAME))) {
                fieldSheet = sh;
            }
        }
        if (fieldSheet != null) {
            base = FieldSheet.read(fieldSheet, base, findings, sources);
        }
        Set<String> unitCodes = new HashSet<>();
        Department d = base.department();
        if (d != null) {
            if (d.code() != null) {
                unitCodes.add(d.code());
            }
            d.units().forEach(u -> {
                if (u.code() != null) {
                    unitCodes.add(u.code());
                }
            });
        }

        Map<TableSpec, List<Sheet>> sheetsByTable = new LinkedHashMap<>();
        Set<Sheet> claimed = new HashSet<>();
        if (info != null) {
            claimed.add(info);
        }
        if (fieldSheet != null) {
            claimed.add(fieldSheet);
        }
        List<TableSpec> specs = profile.dataTables();
        for (TableSpec spec : specs) {
            sheetsByTable.put(spec, new ArrayList<>());
        }
        for (Sheet sh : visible) {
            if (claimed.contains(sh)) {
                continue;
            }
            TableSpec spec = matchByName(sh.getSheetName(), specs);
            if (spec == null) {
                spec = matchByTitleCell(sh, specs, findings);
            }
            if (spec != null) {
                sheetsByTable.get(spec).add(sh);
                claimed.add(sh);
            }
        }
        for (Sheet sh : visible) {
            if (!claimed.contains(sh) && !TextNormalizer.key(sh.getSheetName()).equals(TextNormalizer.key(SheetNames.INSTRUCTIONS))
                    && sh.getPhysicalNumberOfRows() > 0) {
                findings.add(FindingFactory.warning(XlsxRules.SHEET_UNKNOWN,
                        "工作表“" + sh.getSheetName() + "”不对应任何公开表，已忽略。",
                        Location.none().withCell(FindingFactory.quote(sh.getSheetName()) + "!A1"),
                        "如果这是某张公开表，请把工作表名称改为该表的标题。"));
            }
        }

        Map<String, BudgetTable> tables = new LinkedHashMap<>();
        for (Map.Entry<TableSpec, List<Sheet>> e : sheetsByTable.entrySet()) {
            TableSpec spec = e.getKey();
            List<Sheet> sheets = e.getValue();
            Location where = new Location(spec.id(), spec.title(), null, null, null, null, "tables." + spec.id(), null);
            if (sheets.isEmpty()) {
                findings.add(new Finding(XlsxRules.SHEET_MISSING, org.gongkai.validation.Severity.ERROR,
                        "工作簿中没有“" + spec.title() + "”的工作表。", where, SheetNames.forTable(spec), null,
                        "请添加名为“" + SheetNames.forTable(spec) + "”的工作表（无数据的表也要保留表头和合计行）。"));
                continue;
            }
            if (sheets.size() > 1) {
                List<String> names = sheets.stream().map(Sheet::getSheetName).toList();
                findings.add(new Finding(XlsxRules.SHEET_DUPLICATE, org.gongkai.validation.Severity.ERROR,
                        "“" + spec.title() + "”有 " + sheets.size() + " 个工作表：“" + String.join("”“", names) + "”，无法确定以哪个为准。",
                        where.withCell(FindingFactory.quote(names.get(1)) + "!A1"), null, String.join("、", names),
                        "请删除或隐藏多余的工作表，只保留一个。"));
                continue;
            }
            TableSheetReader reader = new TableSheetReader(new TableLayout(spec), new SheetCells(sheets.get(0), findings), findings, unitCodes);
            reader.read(profile.unitOf(spec, base.amountUnit()), sources).ifPresent(t -> tables.put(spec.id(), t));
        }
        return new Submission(base.formatVersion(), base.profile(), base.fiscalYear(), base.amountUnit(), base.precision(),
                base.approvalDate(), base.department(), tables, base.explanations(), base.priorYear(), base.otherMatters(),
                base.performance());
    }

    private static TableSpec matchByName(String sheetName, List<TableSpec> specs) {
        String k = TextNormalizer.key(sheetName);
        String stripped = YEAR_PREFIX.matcher(SHEET_NUMBERING.matcher(k).replaceFirst("")).replaceFirst("");
        for (TableSpec spec : specs) {
            String title = TextNormalizer.key(spec.title());
            String legal = TextNormalizer.key(SheetNames.forTable(spec));
            if (k.equals(title) || k.equals(legal) || stripped.equals(title) || stripped.equals(legal)) {
                return spec;
            }
        }
        return null;
    }

    /** A sheet named otherwise ("Sheet3") whose title cell (first rows) is a table's title. */
    private static TableSpec matchByTitleCell(Sheet sh, List<TableSpec> specs, List<Finding> findings) {
        SheetCells cells = new SheetCells(sh, new ArrayList<>());
        for (int r = 0; r <= Math.min(2, cells.lastRow()); r++) {
            for (int c = 0; c <= Math.min(cells.lastColumn(r), 5); c++) {
                String t = cells.text(r, c, null);
                if (t == null) {
                    continue;
                }
                String k = YEAR_PREFIX.matcher(SHEET_NUMBERING.matcher(TextNormalizer.key(t)).replaceFirst("")).replaceFirst("");
                for (TableSpec spec : specs) {
                    if (k.equals(TextNormalizer.key(spec.title()))) {
                        return spec;
                    }
                }
            }
        }
        return null;
    }
}
