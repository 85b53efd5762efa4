package org.gongkai.camel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Values put into Camel endpoint URIs. */
public final class UriValues {

    private UriValues() {
    }

    /**
     * A secret or free-text value as a URI parameter that Camel passes on untouched: RAW(…), or RAW{…} when the value
     * contains ')', or percent-encoded when it contains both ')' and '}'.
     */
    public static String raw(String value) {
        String v = value == null ? "" : value;
        if (!v.contains(")")) {
            return "RAW(" + v + ")";
        }
        if (!v.contains("}")) {
            return "RAW{" + v + "}";
        }
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
