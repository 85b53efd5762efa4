package org.gongkai.xlsx;

import java.util.List;
import org.gongkai.intake.ReadRules.ReadRule;
import org.gongkai.validation.Severity;

/** Stable rule ids of the findings the workbook reader produces (docs/workbook.md, docs/rules.md). */
public final class XlsxRules {
    /** Not a readable .xlsx: not a ZIP, truncated, corrupt, or POI cannot open it. */
    public static final String UNREADABLE = "xlsx.unreadable";
    /** Macro-enabled workbook (.xlsm name, vbaProject part or macro content type). */
    public static final String MACRO = "xlsx.macro";
    /** Old binary Excel 97-2003 (.xls) or an encrypted workbook (both are OLE2 containers). */
    public static final String LEGACY = "xlsx.legacy";
    /** The file is larger than the byte limit. */
    public static final String TOO_LARGE = "xlsx.too-large";
    /** Decompressed parts too large, too many parts, or a suspicious compression ratio. */
    public static final String ZIP_BOMB = "xlsx.zip-bomb";
    /** An XML part declares a DOCTYPE (external entities, entity expansion). */
    public static final String DTD = "xlsx.dtd";
    /** A sheet whose dimension, row count, column count or merged-cell count exceeds the limits. */
    public static final String SHEET_TOO_LARGE = "xlsx.sheet-too-large";
    /** A table sheet (or the 基本信息与说明 sheet) is missing. */
    public static final String SHEET_MISSING = "xlsx.sheet-missing";
    /** Two visible sheets for the same table. */
    public static final String SHEET_DUPLICATE = "xlsx.sheet-duplicate";
    /** A formula cell whose cached result is missing (the workbook was never recalculated and saved). */
    public static final String FORMULA_NO_VALUE = "xlsx.formula-no-value";
    /** A date in an amount cell. */
    public static final String DATE_IN_AMOUNT = "xlsx.date-in-amount";
    /** An amount or count that cannot be read as a number. */
    public static final String NUMBER = "xlsx.number";
    /** A classification code that is not digits. */
    public static final String CODE = "xlsx.code";
    /** The table's header rows were not recognised (a column of the profile is missing). */
    public static final String HEADER = "xlsx.header";
    /** A row of a fixed/balance table whose label matches no row of the profile. */
    public static final String ROW_UNKNOWN = "xlsx.row-unknown";
    /** The sheet's 单位 line names another amount unit than the submission's. */
    public static final String UNIT = "xlsx.unit";
    /** The 公开口径 named in 基本信息与说明 is not a known disclosure profile. */
    public static final String PROFILE = "xlsx.profile";
    /** Warning: a label in 基本信息与说明 that is not recognised (the row is ignored). */
    public static final String INFO_LABEL = "xlsx.info-label";
    /** Warning: a visible sheet that matches no table (ignored). */
    public static final String SHEET_UNKNOWN = "xlsx.sheet-unknown";
    /** A row of 其他须填写内容 names a field that sheet cannot set. */
    public static final String FIELD_UNKNOWN = "xlsx.field-unknown";

    private static final String WORKBOOK = "docs/workbook.md（工作簿提交格式）";
    private static final String SAFETY = "服务安全：不可信文件必须在固定的时间和内存内被拒收";

    private static final List<ReadRule> ALL = List.of(
            new ReadRule(UNREADABLE, Severity.ERROR, "工作簿无法读取", WORKBOOK,
                    "文件不是可读取的 .xlsx 工作簿：不是 ZIP 格式、文件被截断或已损坏。"),
            new ReadRule(MACRO, Severity.ERROR, "含宏的工作簿", SAFETY,
                    "启用宏的工作簿（.xlsm、含 vbaProject 部件或宏内容类型）一律拒收，请另存为不含宏的 .xlsx。"),
            new ReadRule(LEGACY, Severity.ERROR, "旧版或加密的 Excel 文件", WORKBOOK,
                    "Excel 97-2003 格式（.xls）或设置了打开密码的工作簿不读取，请另存为 .xlsx 且不设密码。"),
            new ReadRule(TOO_LARGE, Severity.ERROR, "工作簿过大", SAFETY, "工作簿文件超过读取上限。"),
            new ReadRule(ZIP_BOMB, Severity.ERROR, "工作簿结构异常（疑似压缩炸弹）", SAFETY,
                    "解压后的部件过大、部件过多、压缩比异常或目录与内容不符，工作簿在解压前即被拒收。"),
            new ReadRule(DTD, Severity.ERROR, "工作簿含 XML 文档类型声明", SAFETY,
                    "工作簿的 XML 部件声明了 DOCTYPE（外部实体、实体膨胀），正常导出的工作簿不会含有，拒收。"),
            new ReadRule(SHEET_TOO_LARGE, Severity.ERROR, "工作表过大", SAFETY,
                    "工作表的范围、行数、列数、合并单元格数、单元格总数或工作表数超过上限。"),
            new ReadRule(SHEET_MISSING, Severity.ERROR, "缺少工作表", WORKBOOK,
                    "公开口径要求的某张表（或“基本信息与说明”表）没有对应的工作表。"),
            new ReadRule(SHEET_DUPLICATE, Severity.ERROR, "同一张表有两个工作表", WORKBOOK,
                    "两个可见工作表对应同一张公开表，无法确定以哪一个为准。"),
            new ReadRule(FORMULA_NO_VALUE, Severity.ERROR, "公式没有计算结果", WORKBOOK,
                    "公式单元格没有保存计算结果（工作簿未经 Excel 重新计算并保存），其数值无法确定。"),
            new ReadRule(DATE_IN_AMOUNT, Severity.ERROR, "金额单元格是日期", WORKBOOK,
                    "金额或数量单元格的格式是日期，数值含义不明确。"),
            new ReadRule(NUMBER, Severity.ERROR, "金额无法读取", WORKBOOK,
                    "金额或数量单元格的内容不是一个数字（可识别以文本存储的数字、千分位逗号和全角数字）。"),
            new ReadRule(CODE, Severity.ERROR, "科目编码格式错误", WORKBOOK,
                    "科目编码不是数字，或填了款、项却没有填类。"),
            new ReadRule(HEADER, Severity.ERROR, "表头无法识别", WORKBOOK,
                    "工作表的表头中找不到公开口径规定的某一列。"),
            new ReadRule(ROW_UNKNOWN, Severity.ERROR, "无法识别的行", WORKBOOK,
                    "固定行表格（如部门收支总体情况表）中某行的名称不在公开口径规定的行中。"),
            new ReadRule(UNIT, Severity.ERROR, "金额单位不一致", WORKBOOK,
                    "工作表标注的金额单位与提交声明的单位不一致（如表内写“单位：元”而提交为万元）。"),
            new ReadRule(PROFILE, Severity.ERROR, "公开口径不存在", WORKBOOK,
                    "“基本信息与说明”中填写的公开口径不是已知的口径。"),
            new ReadRule(INFO_LABEL, Severity.WARNING, "无法识别的说明项", WORKBOOK,
                    "“基本信息与说明”中有无法识别的项目名称，该行被忽略。"),
            new ReadRule(SHEET_UNKNOWN, Severity.WARNING, "多余的工作表", WORKBOOK,
                    "可见且非空的工作表不对应任何公开表，被忽略。"),
            new ReadRule(FIELD_UNKNOWN, Severity.ERROR, "无法识别的须填写字段", WORKBOOK,
                    "“其他须填写内容”中某行的字段（A 列）不是此表可以填写的字段，或路径写法不对，或内容（C 列）类型不对。"));

    private XlsxRules() {
    }

    /** Every workbook rule with its metadata, for docs/rules.md. */
    public static List<ReadRule> all() {
        return ALL;
    }
}
