package org.gongkai.support;

/** Recognising content by its leading bytes (file signatures, byte-order marks). */
public final class MagicBytes {

    private MagicBytes() {
    }

    /**
     * True when {@code content} begins with {@code prefix}, given as unsigned byte values written as in the
     * format's documentation ({@code startsWith(b, 0xEF, 0xBB, 0xBF)}). False for null or shorter content.
     */
    public static boolean startsWith(byte[] content, int... prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code content} begins with the bytes of {@code prefix}. False for null or shorter content. */
    public static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
