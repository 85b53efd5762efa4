package org.gongkai.intake;

import static org.gongkai.support.MagicBytes.startsWith;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text submission into characters. UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM
 * are read; UTF-16 without BOM is recognised by its NUL-byte pattern. Legacy Chinese encodings (GBK, GB18030)
 * are recognised but refused: the format is UTF-8, and guessing would silently corrupt names.
 */
public final class TextDecoder {

    /** The outcome: the text and the encoding it was read in, or the reason it could not be decoded. */
    public record Decoded(String text, String encoding, String problem, boolean looksLikeGbk) {
        public boolean ok() {
            return text != null;
        }
    }

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    public Decoded decode(byte[] b) {
        // Byte-order marks (UTF-32 before UTF-16: FF FE 00 00 starts like FF FE).
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(b, 4, UTF_32BE, "UTF-32BE（带BOM）");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(b, 4, UTF_32LE, "UTF-32LE（带BOM）");
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return utf8(b, 3, "UTF-8（带BOM）");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE（带BOM）");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE（带BOM）");
        }
        Charset utf16 = utf16ByNulPattern(b);
        if (utf16 != null) {
            return strict(b, 0, utf16, utf16.name() + "（无BOM）");
        }
        return utf8(b, 0, "UTF-8");
    }

    private Decoded utf8(byte[] b, int offset, String label) {
        try {
            return new Decoded(newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString(),
                    label, null, false);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(b, offset);
            String where = "第" + lineOf(b, bad) + "行（第" + (bad + 1) + "个字节）";
            if (decodesAsChineseLegacy(b, offset)) {
                return new Decoded(null, null,
                        "文件看起来是 GBK/GB18030 编码（" + where + "起不是合法的 UTF-8），本系统只接受 UTF-8 编码。", true);
            }
            return new Decoded(null, null, "文件不是合法的 UTF-8 文本：" + where + "的字节 0x"
                    + String.format("%02X", b[bad] & 0xFF) + " 无法解码，也不是可识别的其他编码。", false);
        }
    }

    private Decoded strict(byte[] b, int offset, Charset cs, String label) {
        try {
            return new Decoded(newDecoder(cs).decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString(), label, null, false);
        } catch (CharacterCodingException e) {
            return new Decoded(null, null, "文件按 " + label + " 解码失败：含有不完整或非法的字节序列。", false);
        }
    }

    private static CharsetDecoder newDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * UTF-16 without BOM: JSON text starts with ASCII, so in UTF-16 every other byte of the first characters is NUL.
     * Looks at up to 64 leading bytes; requires mostly-NUL bytes on one parity and few on the other.
     */
    static Charset utf16ByNulPattern(byte[] b) {
        int n = Math.min(b.length, 64) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int pairs = n / 2;
        if (evenNul * 4 >= pairs * 3 && oddNul * 8 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddNul * 4 >= pairs * 3 && evenNul * 8 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** True when the bytes decode cleanly as GBK or GB18030 and contain at least one CJK ideograph. */
    static boolean decodesAsChineseLegacy(byte[] b, int offset) {
        for (String name : new String[] {"GBK", "GB18030"}) {
            try {
                CharBuffer cb = newDecoder(Charset.forName(name)).decode(ByteBuffer.wrap(b, offset, b.length - offset));
                if (containsHan(cb)) {
                    return true;
                }
            } catch (CharacterCodingException | IllegalArgumentException e) {
                // try the next one
            }
        }
        return false;
    }

    private static boolean containsHan(CharSequence s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Byte index of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len;
            if (c < 0x80) {
                len = 1;
            } else if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
            } else {
                return i;
            }
            if (i + len > b.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            if (len > 1) {
                // reject overlongs, surrogates and > U+10FFFF the way the JDK decoder does
                try {
                    newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, i, len));
                } catch (CharacterCodingException e) {
                    return i;
                }
            }
            i += len;
        }
        return Math.max(from, b.length - 1);
    }

    private static int lineOf(byte[] b, int index) {
        int line = 1;
        for (int i = 0; i < index && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
