package org.gongkai.xlsx;

import org.gongkai.intake.SubmissionReader;

/**
 * Limits that make hostile workbooks fail fast and in small, fixed memory. Everything is checked on the raw
 * bytes (ZIP central directory, bounded inflation, streaming XML scan) before Apache POI builds its model.
 *
 * @param maxFileBytes          largest accepted file (by default the intake's {@link SubmissionReader#DEFAULT_MAX_BYTES})
 * @param maxEntries            most ZIP entries
 * @param maxEntryBytes         largest decompressed part
 * @param maxTotalBytes         largest sum of decompressed parts
 * @param maxInflateRatio       largest decompressed/compressed ratio of a part bigger than {@code ratioGraceBytes}
 * @param ratioGraceBytes       parts up to this decompressed size are exempt from the ratio check
 * @param maxRowsPerSheet       most rows a sheet may declare or contain
 * @param maxColumnsPerSheet    most columns a sheet may declare or use
 * @param maxMergedRegions      most merged regions per sheet
 * @param maxSheets             most sheets per workbook
 * @param maxCells              most cells in all worksheets together (bounds the memory POI needs)
 */
public record WorkbookLimits(
        long maxFileBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        double maxInflateRatio,
        long ratioGraceBytes,
        int maxRowsPerSheet,
        int maxColumnsPerSheet,
        int maxMergedRegions,
        int maxSheets,
        int maxCells) {

    /** Defaults sized for a department's disclosure workbook (tens of kilobytes, a few hundred rows). */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(
                SubmissionReader.DEFAULT_MAX_BYTES,
                500,
                10L * 1024 * 1024,
                25L * 1024 * 1024,
                100.0,
                1024L * 1024,
                5_000,
                256,
                2_000,
                64,
                100_000);
    }
}
