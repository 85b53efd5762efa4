package org.gongkai.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTML escaping of text and percent-encoding of relative links (Chinese file names included). */
public final class Html {

    private Html() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A relative link: every path segment percent-encoded (UTF-8), '/' kept. */
    public static String href(String relativePath) {
        StringBuilder b = new StringBuilder();
        String[] segments = relativePath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                b.append('/');
            }
            b.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }
}
