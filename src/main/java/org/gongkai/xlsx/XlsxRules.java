package org.gongkai.xlsx;

/** Stable rule ids of the findings the workbook reader produces (documented in docs/workbook.md). */
public final class XlsxRules {
    /** Not a readable .xlsx: not a ZIP, truncated, corrupt, or POI cannot open it. */
    public static final String UNREADABLE = "XLSX-UNREADABLE";
    /** Macro-enabled workbook (.xlsm name, vbaProject part or macro content type). */
    public static final String MACRO = "XLSX-MACRO";
    /** Old binary Excel 97-2003 (.xls) or an encrypted workbook (both are OLE2 containers). */
    public static final String LEGACY = "XLSX-LEGACY";
    /** The file is larger than the byte limit. */
    public static final String TOO_LARGE = "XLSX-TOO-LARGE";
    /** Decompressed parts too large, too many parts, or a suspicious compression ratio. */
    public static final String ZIP_BOMB = "XLSX-ZIP-BOMB";
    /** An XML part declares a DOCTYPE (external entities, entity expansion). */
    public static final String DTD = "XLSX-DTD";
    /** A sheet whose dimension, row count, column count or merged-cell count exceeds the limits. */
    public static final String SHEET_TOO_LARGE = "XLSX-SHEET-TOO-LARGE";
    /** A table sheet (or the 基本信息与说明 sheet) is missing. */
    public static final String SHEET_MISSING = "XLSX-SHEET-MISSING";
    /** Two visible sheets for the same table. */
    public static final String SHEET_DUPLICATE = "XLSX-SHEET-DUPLICATE";
    /** A formula cell whose cached result is missing (the workbook was never recalculated and saved). */
    public static final String FORMULA_NO_VALUE = "XLSX-FORMULA-NO-VALUE";
    /** A date in an amount cell. */
    public static final String DATE_IN_AMOUNT = "XLSX-DATE-IN-AMOUNT";
    /** An amount or count that cannot be read as a number. */
    public static final String NUMBER = "XLSX-NUMBER";
    /** A classification code that is not digits. */
    public static final String CODE = "XLSX-CODE";
    /** The table's header rows were not recognised (a column of the profile is missing). */
    public static final String HEADER = "XLSX-HEADER";
    /** A row of a fixed/balance table whose label matches no row of the profile. */
    public static final String ROW_UNKNOWN = "XLSX-ROW-UNKNOWN";
    /** The sheet's 单位 line names another amount unit than the submission's. */
    public static final String UNIT = "XLSX-UNIT";
    /** The 公开口径 named in 基本信息与说明 is not a known disclosure profile. */
    public static final String PROFILE = "XLSX-PROFILE";
    /** Warning: a label in 基本信息与说明 that is not recognised (the row is ignored). */
    public static final String INFO_LABEL = "XLSX-INFO-LABEL";
    /** Warning: a visible sheet that matches no table (ignored). */
    public static final String SHEET_UNKNOWN = "XLSX-SHEET-UNKNOWN";

    private XlsxRules() {
    }
}
