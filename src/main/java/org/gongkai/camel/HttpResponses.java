package org.gongkai.camel;

import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * How the HTTP routes answer. Every answer starts from an empty set of headers (platform-http would otherwise send
 * request headers, query parameters and form fields back as response headers), never caches, and pages carry a strict
 * content security policy: no scripts, no frames, forms only to this server.
 */
final class HttpResponses {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private HttpResponses() {
    }

    static void html(Exchange exchange, int status, byte[] body) {
        answer(exchange, status, "text/html; charset=UTF-8", body);
        exchange.getMessage().setHeader("Content-Security-Policy", CSP);
    }

    static void json(Exchange exchange, int status, byte[] body) {
        answer(exchange, status, "application/json; charset=UTF-8", body);
    }

    static void text(Exchange exchange, int status, String contentType, String body) {
        answer(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void answer(Exchange exchange, int status, String contentType, byte[] body) {
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, contentType);
        m.setHeader("Cache-Control", "no-store");
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setHeader("X-Frame-Options", "DENY");
        m.setHeader("Referrer-Policy", "same-origin");
        m.setBody(body);
    }

    /** A request header as the client sent it (never a query parameter or form field of the same name). */
    static String requestHeader(Exchange exchange, String name) {
        if (exchange.getIn() instanceof HttpMessage hm && hm.getRequest() != null) {
            return hm.getRequest().getHeader(name);
        }
        return single(exchange, name);
    }

    /**
     * A header of a message that is no longer the Vert.x one (an upload turns it into an attachment message): taken
     * only when it has one value, since a query parameter of the same name would have added a second.
     */
    private static String single(Exchange exchange, String name) {
        Object v = exchange.getIn().getHeader(name);
        return v instanceof String s ? s : null;
    }

    /** The host and port the client addressed (Host header, or HTTP/2's :authority). */
    static String authority(Exchange exchange) {
        if (exchange.getIn() instanceof HttpMessage hm && hm.getRequest() != null && hm.getRequest().authority() != null) {
            io.vertx.core.net.HostAndPort a = hm.getRequest().authority();
            return a.host() + (a.port() >= 0 ? ":" + a.port() : "");
        }
        return requestHeader(exchange, "Host");
    }

    /** A form field of a posted form (application/x-www-form-urlencoded or multipart), never a query parameter. */
    static String formField(Exchange exchange, String name) {
        if (exchange.getIn() instanceof HttpMessage hm && hm.getRequest() != null) {
            return hm.getRequest().formAttributes().get(name);
        }
        return single(exchange, name);
    }

    /** A query parameter. */
    static String queryParam(Exchange exchange, String name) {
        if (exchange.getIn() instanceof HttpMessage hm && hm.getRequest() != null) {
            return hm.getRequest().getParam(name);
        }
        return single(exchange, name);
    }
}
