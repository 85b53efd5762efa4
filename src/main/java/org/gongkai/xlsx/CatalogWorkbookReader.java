package org.gongkai.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.catalog.CatalogFileException;
import org.gongkai.catalog.CatalogKind;
import org.gongkai.catalog.CatalogRow;
import org.gongkai.catalog.CatalogTableReader;
import org.gongkai.validation.Finding;

/**
 * A catalogue exported from a budget system as .xlsx: a code column and a name column (for the mapping: a
 * 部门经济分类 code column and a 政府经济分类 code column) under a header row found anywhere in the first
 * {@value #HEADER_SEARCH_ROWS} rows of the first sheet that has one. Merged titles above the header, spacer rows
 * and rows without a code (合计, 小计) are skipped; a code cell may hold "2040604", "[2040604]" or the code and the name
 * together ("2040604 基层司法业务"). The workbook passes the same {@link ContainerInspector} guards as a submitted
 * workbook before Apache POI opens it.
 */
public final class CatalogWorkbookReader implements CatalogTableReader {

    static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern CODE_AND_NAME = Pattern.compile("^[\\[【(（]?(\\d+)[\\]】)）]?\\s*(.*)$");

    static {
        // POI's JVM-wide zip-bomb guards are set once, in WorkbookSubmissionReader's static block: make sure it ran.
        try {
            Class.forName(WorkbookSubmissionReader.class.getName(), true, CatalogWorkbookReader.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ContainerInspector inspector;

    public CatalogWorkbookReader() {
        this(WorkbookLimits.defaults());
    }

    public CatalogWorkbookReader(WorkbookLimits limits) {
        this.inspector = new ContainerInspector(limits);
    }

    @Override
    public List<CatalogRow> read(Path file, CatalogKind kind) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogFileException(name, null, "无法读取（" + e.getClass().getSimpleName() + "）。", e);
        }
        Optional<Finding> refused = inspector.inspect(name, bytes);
        if (refused.isPresent()) {
            throw new CatalogFileException(name, null, refused.get().message());
        }
        WorkbookSubmissionReader.setPoiZipGuards();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                SheetCells cells = new SheetCells(sheet, new ArrayList<>());
                int[] header = header(cells, kind);
                if (header != null) {
                    return rows(name, cells, kind, header);
                }
            }
        } catch (CatalogFileException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new CatalogFileException(name, null, "无法打开工作簿（" + e.getClass().getSimpleName() + "）。", e);
        }
        throw new CatalogFileException(name, null, kind == CatalogKind.MAPPING
                ? "前" + HEADER_SEARCH_ROWS + "行中没有找到表头（需要“部门经济分类”编码列和“政府经济分类”编码列）。"
                : "前" + HEADER_SEARCH_ROWS + "行中没有找到表头（需要含“编码”或“代码”的列和含“名称”的列）。");
    }

    /** {row, code column, name column} of the header, or null; name column = code column when one cell holds both. */
    private static int[] header(SheetCells cells, CatalogKind kind) {
        int last = Math.min(cells.lastRow(), HEADER_SEARCH_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            int lastCol = Math.min(cells.lastColumn(r), 200);
            int code = -1;
            int second = -1;
            for (int c = 0; c <= lastCol; c++) {
                if (cells.cell(r, c) == null) {
                    continue; // a merged title is only read at its own cell
                }
                String k = TextNormalizer.key(cells.text(r, c, null)).toLowerCase(java.util.Locale.ROOT);
                if (k.isEmpty()) {
                    continue;
                }
                if (kind == CatalogKind.MAPPING) {
                    if (code < 0 && k.contains("部门") && isCodeHeader(k)) {
                        code = c;
                    } else if (second < 0 && k.contains("政府") && isCodeHeader(k)) {
                        second = c;
                    }
                } else {
                    boolean isCode = isCodeHeader(k);
                    boolean isName = k.contains("名称") || k.equals("name");
                    if (isCode && isName && code < 0) {
                        code = c;
                        second = c;
                    } else if (isCode && code < 0) {
                        code = c;
                    } else if (isName && second < 0) {
                        second = c;
                    }
                }
            }
            if (code >= 0 && second >= 0) {
                return new int[] {r, code, second};
            }
        }
        return null;
    }

    private static boolean isCodeHeader(String k) {
        return k.contains("编码") || k.contains("代码") || k.contains("编号") || k.equals("code") || k.contains("经济分类") && !k.contains("名称");
    }

    private static List<CatalogRow> rows(String file, SheetCells cells, CatalogKind kind, int[] header) {
        List<CatalogRow> out = new ArrayList<>();
        for (int r = header[0] + 1; r <= cells.lastRow(); r++) {
            String rawCode = cells.cell(r, header[1]) == null ? null : cells.text(r, header[1], null);
            if (rawCode == null) {
                continue; // spacer row, or a 合计 row without a code
            }
            String place = "工作表“" + cells.name() + "”第" + (r + 1) + "行";
            String text = TextNormalizer.trim(TextNormalizer.halfWidth(rawCode));
            if (text.startsWith("注") || text.startsWith("说明") || text.startsWith("合计") || text.startsWith("小计")) {
                continue;
            }
            Matcher m = CODE_AND_NAME.matcher(text);
            if (!m.matches()) {
                throw new CatalogFileException(file, place, "编码“" + rawCode + "”不是数字。");
            }
            String code = m.group(1);
            String rest = m.group(2).strip();
            String second;
            if (header[2] == header[1]) {
                second = rest;
            } else {
                if (!rest.isEmpty()) {
                    throw new CatalogFileException(file, place, "编码“" + rawCode + "”中除数字外还有其他内容。");
                }
                second = cells.cell(r, header[2]) == null ? null : cells.text(r, header[2], null);
                if (second != null && kind == CatalogKind.MAPPING) {
                    Matcher g = CODE_AND_NAME.matcher(TextNormalizer.trim(TextNormalizer.halfWidth(second)));
                    second = g.matches() ? g.group(1) : second;
                }
            }
            out.add(new CatalogRow(r + 1, code, second == null ? null : TextNormalizer.trim(second), null, null, null));
        }
        return out;
    }
}
