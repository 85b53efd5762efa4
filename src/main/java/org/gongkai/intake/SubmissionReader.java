package org.gongkai.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.support.ByteSizes;
import org.gongkai.support.Hashes;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.Severity;

/**
 * Reads any submission file: checks size and emptiness, computes SHA-256, then hands the bytes to the first
 * registered {@link SubmissionFormatReader} that accepts them (JSON built in; the workbook reader is registered by
 * whoever wires the service). Never throws: every problem is an error finding in the {@link ReadOutcome}.
 */
public final class SubmissionReader {

    /**
     * Default maximum file size: 20 MiB (20971520 bytes; a department's submission is a few dozen KB). The one
     * default for gongkai.intake.max-file-size, the command-line {@code --max-file-size} and the workbook limit.
     */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final List<SubmissionFormatReader> readers;
    private final long maxBytes;

    /**
     * @param readers  format readers, asked in order; the first that {@code accepts} the file reads it
     * @param maxBytes files larger than this are rejected with file.size without being parsed
     */
    public SubmissionReader(List<SubmissionFormatReader> readers, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.readers = List.copyOf(readers);
        this.maxBytes = maxBytes;
    }

    /** JSON only, default size limit. */
    public SubmissionReader() {
        this(List.of(new JsonSubmissionReader()), DEFAULT_MAX_BYTES);
    }

    /** The JSON reader plus {@code extra} readers (e.g. the workbook reader), with this size limit. */
    public static SubmissionReader withReaders(long maxBytes, SubmissionFormatReader... extra) {
        List<SubmissionFormatReader> all = new ArrayList<>(List.of(extra));
        all.add(new JsonSubmissionReader());
        return new SubmissionReader(all, maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file from disk; a file above the limit is hashed by streaming and never loaded. */
    public ReadOutcome read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new ReadOutcome(name, formatByName(name), Hashes.sha256(file), size, null, List.of(tooLarge(name, size)), null);
            }
            return read(name, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return new ReadOutcome(name, formatByName(name), null, 0, null, List.of(new Finding(ReadRules.FILE_READ, Severity.ERROR,
                    "文件“" + name + "”无法读取（" + e.getClass().getSimpleName() + "）。", Location.none(), null, null,
                    "确认文件已完整写入且可读后重新提交。")), null);
        }
    }

    /** Reads submitted bytes under their file name (no directory). */
    public ReadOutcome read(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "（未命名文件）" : fileName;
        byte[] bytes = content == null ? new byte[0] : content;
        String sha = Hashes.sha256(bytes);
        if (bytes.length > maxBytes) {
            return new ReadOutcome(name, formatByName(name), sha, bytes.length, null, List.of(tooLarge(name, bytes.length)), null);
        }
        if (bytes.length == 0) {
            return new ReadOutcome(name, formatByName(name), sha, 0, null, List.of(new Finding(ReadRules.FILE_EMPTY, Severity.ERROR,
                    "文件“" + name + "”是空文件（0 字节）。", Location.none(), null, "0 字节",
                    "确认导出或复制已完成，再提交完整的文件。")), null);
        }
        for (SubmissionFormatReader r : readers) {
            boolean accepts;
            try {
                accepts = r.accepts(name, bytes);
            } catch (RuntimeException e) {
                accepts = false;
            }
            if (accepts) {
                try {
                    ReadOutcome o = r.read(name, bytes, sha);
                    if (o != null) {
                        return o;
                    }
                } catch (RuntimeException e) {
                    // fall through to the internal-error finding
                }
                return new ReadOutcome(name, formatByName(name), sha, bytes.length, null, List.of(new Finding(ReadRules.CHECK_INTERNAL,
                        Severity.ERROR, "读取文件“" + name + "”时程序发生内部错误。", Location.none(), null, null,
                        "这不是提交单位的错误，请联系财政局运维人员。")), null);
            }
        }
        return new ReadOutcome(name, null, sha, bytes.length, null, List.of(unknownType(name, bytes)), null);
    }

    private Finding tooLarge(String name, long size) {
        return new Finding(ReadRules.FILE_SIZE, Severity.ERROR,
                "文件“" + name + "”有 " + ByteSizes.human(size) + "，超过了允许的上限 " + ByteSizes.human(maxBytes) + "，未读取。",
                Location.none(), "≤ " + ByteSizes.human(maxBytes), ByteSizes.human(size),
                "提交的应是预算公开材料本身（JSON 或 Excel 填报模板），不要附带扫描件、图片或其他文件。");
    }

    private static Finding unknownType(String name, byte[] bytes) {
        String kind = FileSniffer.binaryKind(bytes);
        String ext = extension(name);
        String what = kind != null ? "内容是" + kind
                : ext.isEmpty() ? "没有扩展名，内容也不是 JSON" : "扩展名为 ." + ext + "，内容也不是 JSON";
        return new Finding(ReadRules.FILE_TYPE, Severity.ERROR,
                "文件“" + name + "”的类型不受支持（" + what + "）。", Location.none(),
                "JSON 提交文件（.json）或 Excel 填报模板（.xlsx）", kind != null ? kind : (ext.isEmpty() ? "无扩展名" : "." + ext),
                "请提交 UTF-8 编码的 JSON 提交文件（.json）或财政局提供的 Excel 填报模板（.xlsx）；不接受 PDF、Word、旧版 .xls、图片或压缩包。");
    }

    static String formatByName(String name) {
        String ext = extension(name);
        return switch (ext) {
            case "json" -> "json";
            case "xlsx" -> "xlsx";
            default -> null;
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

}
