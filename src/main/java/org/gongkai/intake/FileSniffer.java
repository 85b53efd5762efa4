package org.gongkai.intake;

import static org.gongkai.support.MagicBytes.startsWith;

import java.nio.charset.StandardCharsets;

/** Recognises a file's kind from its leading bytes, to accept the right files and to tell the submitter what they sent. */
public final class FileSniffer {

    private FileSniffer() {
    }

    /** A Chinese description of a known binary kind (ZIP/Office, PDF, old Office, image…), or null for text-like content. */
    public static String binaryKind(byte[] b) {
        if (b == null) {
            return null;
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            return "ZIP 压缩包或 Office 文档（.xlsx/.docx）";
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "PDF 文档";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "旧版 Office 文档（.xls/.doc/.wps）";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47) || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "图片";
        }
        if (startsWith(b, 0x52, 0x61, 0x72, 0x21) || startsWith(b, 0x37, 0x7A, 0xBC, 0xAF) || startsWith(b, 0x1F, 0x8B)) {
            return "压缩包（RAR/7z/gzip）";
        }
        if (startsWith(b, 0x7B, 0x5C, 0x72, 0x74, 0x66)) {
            return "RTF 文档";
        }
        return null;
    }

    /** True when the first non-blank character is '{' in UTF-8 (with or without BOM) or UTF-16. */
    public static boolean startsLikeJson(byte[] b) {
        if (b == null || b.length == 0) {
            return false;
        }
        int n = Math.min(b.length, 256);
        String head;
        if (startsWith(b, 0xFE, 0xFF) || (b.length > 1 && b[0] == 0 && b[1] != 0)) {
            head = new String(b, 0, n & ~1, StandardCharsets.UTF_16BE);
        } else if (startsWith(b, 0xFF, 0xFE) || (b.length > 1 && b[0] != 0 && b[1] == 0)) {
            head = new String(b, 0, n & ~1, StandardCharsets.UTF_16LE);
        } else {
            head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        }
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\uFEFF' || c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{';
        }
        return false;
    }
}
