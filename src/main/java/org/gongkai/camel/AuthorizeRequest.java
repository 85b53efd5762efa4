package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.ops.ConsoleAuth;

/**
 * First step of every protected HTTP route: the request must carry the operator's basic credentials or the bearer
 * token. For an action ({@code action = true}) it must also be a POST and, when authenticated by basic credentials
 * (which a browser sends by itself), carry the console's anti-forgery token and come from this server's origin.
 */
public final class AuthorizeRequest implements Processor {

    /** Exchange property: how the request authenticated (BASIC or BEARER). */
    public static final String SCHEME = "gongkai.http.scheme";

    private final ConsoleAuth auth;
    private final boolean action;
    private final boolean open;
    private final String publicBaseUrl;

    /**
     * @param action an action (POST, anti-forgery token)
     * @param open   let every request through (the self-check page when gongkai.http.self-check.public=true)
     * @param publicBaseUrl gongkai.http.public-base-url: forms posted from that origin (a reverse proxy) are this server's
     */
    public AuthorizeRequest(ConsoleAuth auth, boolean action, boolean open, String publicBaseUrl) {
        this.auth = auth;
        this.action = action;
        this.open = open;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (open) {
            return;
        }
        ConsoleAuth.Scheme scheme = auth.authenticate(HttpResponses.requestHeader(exchange, "Authorization"))
                .orElseThrow(() -> new HttpRefusal(401, "需要登录：请使用运维账号（HTTP 基本认证）或令牌访问。", true));
        exchange.setProperty(SCHEME, scheme.name());
        if (!action) {
            return;
        }
        String method = exchange.getIn().getHeader(Exchange.HTTP_METHOD, String.class);
        if (!"POST".equalsIgnoreCase(method)) {
            throw new HttpRefusal(405, "操作只接受 POST 请求。", false);
        }
        if (scheme == ConsoleAuth.Scheme.BASIC) {
            if (!ConsoleAuth.sameOrigin(HttpResponses.requestHeader(exchange, "Origin"),
                    HttpResponses.requestHeader(exchange, "Referer"), HttpResponses.authority(exchange), publicBaseUrl)) {
                throw new HttpRefusal(403, "拒绝来自其他网站的操作请求。", false);
            }
            String token = HttpResponses.formField(exchange, "csrf");
            if (token == null) {
                token = HttpResponses.requestHeader(exchange, "X-CSRF-Token");
            }
            if (!auth.csrfValid(token)) {
                throw new HttpRefusal(403, "操作表单已失效或不是从运行状态页面提交的：请刷新运行状态页面后重试。", false);
            }
        }
    }
}
