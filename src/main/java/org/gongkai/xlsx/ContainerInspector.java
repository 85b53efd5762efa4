package org.gongkai.xlsx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.support.MagicBytes;
import org.gongkai.validation.Finding;

/**
 * Checks the raw bytes of a workbook before Apache POI opens it: file type (name and magic), size, the ZIP
 * central directory (entry count, declared sizes, compression ratios), then inflates every part through a
 * hard byte cap and scans the XML with a streaming parser that refuses DTDs and counts rows, columns and
 * merged regions of each worksheet. Memory stays bounded by the parser's buffers; nothing is materialised.
 */
final class ContainerInspector {
    static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int EOCD_SIG = 0x06054b50;
    private static final int CEN_SIG = 0x02014b50;

    private final WorkbookLimits limits;
    private final XMLInputFactory xml;

    ContainerInspector(WorkbookLimits limits) {
        this.limits = limits;
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    /** The first reason to refuse the file, or empty when POI may open it. */
    Optional<Finding> inspect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length > limits.maxFileBytes()) {
            return Optional.of(FindingFactory.fileError(XlsxRules.TOO_LARGE,
                    "工作簿文件过大（" + content.length + " 字节），上限为 " + limits.maxFileBytes() + " 字节。",
                    "请删除与预算公开无关的工作表、图片和格式后重新保存。"));
        }
        if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlam")) {
            return Optional.of(macro());
        }
        if (MagicBytes.startsWith(content, OLE2_MAGIC) || name.endsWith(".xls")) {
            return Optional.of(FindingFactory.fileError(XlsxRules.LEGACY,
                    "文件是旧版 Excel 97-2003 工作簿（.xls）或设置了打开密码的工作簿，无法读取。",
                    "请在 Excel 中“另存为”Excel 工作簿（*.xlsx），并取消打开密码。"));
        }
        if (!MagicBytes.startsWith(content, ZIP_MAGIC)) {
            return Optional.of(unreadable("文件不是 Excel 工作簿（.xlsx）：文件头不是 ZIP 格式。"));
        }
        Map<String, Long> declared = new HashMap<>();
        Optional<Finding> directory = checkCentralDirectory(content, declared);
        if (directory.isPresent()) {
            return directory;
        }
        return scanParts(content, declared);
    }

    /** Checks the ZIP central directory and records each part's declared decompressed size in {@code declared}. */
    private Optional<Finding> checkCentralDirectory(byte[] content, Map<String, Long> declared) {
        ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        int stop = Math.max(0, content.length - 22 - 65535);
        for (int i = content.length - 22; i >= stop; i--) {
            if (b.getInt(i) == EOCD_SIG) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return Optional.of(unreadable("工作簿文件不完整或已损坏：找不到 ZIP 目录。"));
        }
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        long cdSize = Integer.toUnsignedLong(b.getInt(eocd + 12));
        long cdOffset = Integer.toUnsignedLong(b.getInt(eocd + 16));
        if (entries == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            return Optional.of(bomb("工作簿使用 ZIP64 扩展格式，普通工作簿不需要它。"));
        }
        if (entries > limits.maxEntries()) {
            return Optional.of(bomb("工作簿包含 " + entries + " 个部件，上限为 " + limits.maxEntries() + " 个。"));
        }
        if (cdOffset + cdSize > eocd) {
            return Optional.of(unreadable("工作簿文件不完整或已损坏：ZIP 目录位置错误。"));
        }
        long total = 0;
        int p = (int) cdOffset;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > eocd || b.getInt(p) != CEN_SIG) {
                return Optional.of(unreadable("工作簿文件不完整或已损坏：ZIP 目录项错误。"));
            }
            long compressed = Integer.toUnsignedLong(b.getInt(p + 20));
            long size = Integer.toUnsignedLong(b.getInt(p + 24));
            int nameLen = Short.toUnsignedInt(b.getShort(p + 28));
            int extraLen = Short.toUnsignedInt(b.getShort(p + 30));
            int commentLen = Short.toUnsignedInt(b.getShort(p + 32));
            if (p + 46 + nameLen > eocd) {
                return Optional.of(unreadable("工作簿文件不完整或已损坏：ZIP 目录项错误。"));
            }
            String entryName = new String(content, p + 46, nameLen, java.nio.charset.StandardCharsets.UTF_8);
            if (isMacroPart(entryName)) {
                return Optional.of(macro());
            }
            if (size == 0xFFFFFFFFL || compressed == 0xFFFFFFFFL) {
                return Optional.of(bomb("部件“" + entryName + "”使用 ZIP64 扩展大小。"));
            }
            if (size > limits.maxEntryBytes()) {
                return Optional.of(bomb("部件“" + entryName + "”解压后 " + size + " 字节，上限为 " + limits.maxEntryBytes() + " 字节。"));
            }
            if (size > limits.ratioGraceBytes() && size > compressed * limits.maxInflateRatio()) {
                return Optional.of(bomb("部件“" + entryName + "”的压缩比异常（" + (compressed == 0 ? "∞" : Long.toString(size / compressed))
                        + " 倍，上限 " + (long) limits.maxInflateRatio() + " 倍）。"));
            }
            declared.put(entryName, size);
            total += size;
            if (total > limits.maxTotalBytes()) {
                return Optional.of(bomb("工作簿解压后超过 " + limits.maxTotalBytes() + " 字节。"));
            }
            p += 46 + nameLen + extraLen + commentLen;
        }
        return Optional.empty();
    }

    /** Inflates every part, each capped at the size the central directory declared for it (a lie is a bomb). */
    private Optional<Finding> scanParts(byte[] content, Map<String, Long> declared) {
        long[] total = {0};
        int[] cells = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int count = 0;
            while ((e = zip.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    return Optional.of(bomb("工作簿包含的部件超过 " + limits.maxEntries() + " 个。"));
                }
                String n = e.getName();
                if (isMacroPart(n)) {
                    return Optional.of(macro());
                }
                Long size = declared.get(n);
                if (size == null) {
                    return Optional.of(bomb("部件“" + n + "”不在 ZIP 目录中。"));
                }
                CappedInputStream in = new CappedInputStream(zip, Math.min(size, limits.maxEntryBytes()), total, limits.maxTotalBytes(), n);
                String lower = n.toLowerCase(Locale.ROOT);
                Optional<Finding> f;
                if (lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml")) {
                    f = scanXml(n, in, cells);
                } else {
                    in.transferTo(OutputStreamSink.INSTANCE);
                    f = Optional.empty();
                }
                if (f.isPresent()) {
                    return f;
                }
            }
            if (count == 0) {
                return Optional.of(unreadable("工作簿文件不完整或已损坏：没有可读的部件。"));
            }
        } catch (CapExceeded x) {
            return Optional.of(bomb(x.getMessage()));
        } catch (IOException | RuntimeException x) {
            return Optional.of(unreadable("工作簿文件已损坏，无法解压：" + x.getClass().getSimpleName() + "。"));
        }
        return Optional.empty();
    }

    /** Streams one XML part; {@code cells} counts worksheet cells across the workbook. */
    private Optional<Finding> scanXml(String part, InputStream in, int[] cells) throws IOException {
        boolean worksheet = part.startsWith("xl/worksheets/") && part.endsWith(".xml");
        boolean contentTypes = part.equals("[Content_Types].xml");
        int rows = 0;
        int merges = 0;
        XMLStreamReader r = null;
        try {
            r = xml.createXMLStreamReader(in);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    return Optional.of(FindingFactory.fileError(XlsxRules.DTD,
                            "工作簿部件“" + part + "”含有文档类型声明（DOCTYPE/外部实体），Excel 不会生成这种内容，已拒收。",
                            "请用 Excel 打开原始数据重新保存为 .xlsx 后再提交。"));
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    return Optional.of(FindingFactory.fileError(XlsxRules.DTD,
                            "工作簿部件“" + part + "”引用了未定义的实体，已拒收。",
                            "请用 Excel 打开原始数据重新保存为 .xlsx 后再提交。"));
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = r.getLocalName();
                if (contentTypes) {
                    String ct = r.getAttributeValue(null, "ContentType");
                    if (ct != null && ct.toLowerCase(Locale.ROOT).contains("macroenabled")) {
                        return Optional.of(macro());
                    }
                } else if (worksheet) {
                    switch (local) {
                        case "dimension" -> {
                            Optional<Finding> f = checkRange(part, r.getAttributeValue(null, "ref"), "声明的区域");
                            if (f.isPresent()) {
                                return f;
                            }
                        }
                        case "row" -> {
                            if (++rows > limits.maxRowsPerSheet()) {
                                return Optional.of(sheetTooLarge(part, "行数超过 " + limits.maxRowsPerSheet()));
                            }
                            String rr = r.getAttributeValue(null, "r");
                            if (rr != null && parseIntSafe(rr) > limits.maxRowsPerSheet()) {
                                return Optional.of(sheetTooLarge(part, "第 " + rr + " 行超出 " + limits.maxRowsPerSheet() + " 行的上限"));
                            }
                        }
                        case "c" -> {
                            if (++cells[0] > limits.maxCells()) {
                                return Optional.of(sheetTooLarge(part, "工作簿的单元格总数超过 " + limits.maxCells()));
                            }
                            String ref = r.getAttributeValue(null, "r");
                            if (ref != null) {
                                int col = columnOf(ref);
                                if (col >= limits.maxColumnsPerSheet()) {
                                    return Optional.of(sheetTooLarge(part, "单元格 " + ref + " 超出 " + limits.maxColumnsPerSheet() + " 列的上限"));
                                }
                            }
                        }
                        case "mergeCell" -> {
                            if (++merges > limits.maxMergedRegions()) {
                                return Optional.of(sheetTooLarge(part, "合并单元格超过 " + limits.maxMergedRegions() + " 个"));
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        } catch (XMLStreamException x) {
            if (x.getCause() instanceof CapExceeded c) {
                throw c;
            }
            if (x.getNestedException() instanceof CapExceeded c) {
                throw c;
            }
            return Optional.of(unreadable("工作簿部件“" + part + "”不是合法的 XML。"));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
        in.transferTo(OutputStreamSink.INSTANCE);
        return Optional.empty();
    }

    private Optional<Finding> checkRange(String part, String ref, String what) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
        try {
            CellReference c = new CellReference(last.replace("$", ""));
            if (c.getRow() + 1 > limits.maxRowsPerSheet() || c.getCol() + 1 > limits.maxColumnsPerSheet()) {
                return Optional.of(sheetTooLarge(part, what + " " + ref + " 超出 " + limits.maxRowsPerSheet() + " 行 × "
                        + limits.maxColumnsPerSheet() + " 列的上限"));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
                if (col > 100_000) {
                    return col;
                }
            } else {
                break;
            }
        }
        return col - 1;
    }

    private static int parseIntSafe(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static boolean isMacroPart(String entryName) {
        String n = entryName.toLowerCase(Locale.ROOT);
        return n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml") || n.startsWith("xl/macrosheets/");
    }

    private static Finding macro() {
        return FindingFactory.fileError(XlsxRules.MACRO,
                "工作簿启用了宏（.xlsm 或含有 VBA 宏代码），出于安全原因不予接收。",
                "请在 Excel 中“另存为”Excel 工作簿（*.xlsx，不含宏）后重新提交。");
    }

    private static Finding bomb(String detail) {
        return FindingFactory.fileError(XlsxRules.ZIP_BOMB,
                "工作簿的压缩内容异常，可能是压缩炸弹，已拒收：" + detail,
                "请用 Excel 重新保存工作簿；如确有大量数据，请删除与预算公开无关的内容。");
    }

    private static Finding unreadable(String message) {
        return FindingFactory.fileError(XlsxRules.UNREADABLE, message, "请确认提交的是用 Excel 或 WPS 保存的 .xlsx 工作簿。");
    }

    private static Finding sheetTooLarge(String part, String detail) {
        return FindingFactory.fileError(XlsxRules.SHEET_TOO_LARGE,
                "工作表部件“" + part + "”过大：" + detail + "。",
                "请删除空白行列的格式、多余的工作表和与预算公开无关的内容后重新保存。");
    }

    /** Thrown when inflation exceeds a cap. */
    static final class CapExceeded extends IOException {
        CapExceeded(String message) {
            super(message);
        }
    }

    /** Counts what is inflated from the current entry and the whole file; fails past a cap. Never closes the ZIP. */
    private static final class CappedInputStream extends FilterInputStream {
        private final long entryCap;
        private final long[] total;
        private final long totalCap;
        private final String part;
        private long read;

        CappedInputStream(InputStream in, long entryCap, long[] total, long totalCap, String part) {
            super(in);
            this.entryCap = entryCap;
            this.total = total;
            this.totalCap = totalCap;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws CapExceeded {
            read += n;
            total[0] += n;
            if (read > entryCap) {
                throw new CapExceeded("部件“" + part + "”解压后超过 " + entryCap + " 字节（ZIP 目录声明的大小或上限）。");
            }
            if (total[0] > totalCap) {
                throw new CapExceeded("工作簿解压后超过 " + totalCap + " 字节。");
            }
        }

        @Override
        public void close() {
            // the ZipInputStream is closed by its owner
        }
    }

    /** Discards bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
