package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.ops.Console;
import org.gongkai.ops.ConsoleAuth;

/** The status console: the page, or with {@code ?format=json} (or Accept: application/json) the same as JSON. */
public final class ShowConsole implements Processor {

    private final Console console;
    private final ConsoleAuth auth;

    public ShowConsole(Console console, ConsoleAuth auth) {
        this.console = console;
        this.auth = auth;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Integer year = null;
        String y = HttpResponses.queryParam(exchange, "year");
        if (y != null && y.matches("\\d{4}")) {
            year = Integer.valueOf(y);
        }
        String accept = HttpResponses.requestHeader(exchange, "Accept");
        boolean json = "json".equals(HttpResponses.queryParam(exchange, "format"))
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
        if (json) {
            HttpResponses.json(exchange, 200, console.json(year));
        } else {
            HttpResponses.html(exchange, 200, console.html(year, auth.csrfToken(), notice(HttpResponses.queryParam(exchange, "done"))));
        }
    }

    /** The line shown after an action (fixed texts: nothing from the request is echoed). */
    static String notice(String done) {
        if (done == null) {
            return "";
        }
        return switch (done) {
            case "publish-now" -> "已请求立即发布：几秒钟内开始，结束后本页显示结果，摘要邮件发送给财政局。";
            case "redrive-mails" -> "失败的邮件已放回待发送队列，将重新发送。";
            case "check-publication-target" -> "已检查发布服务器，结果见“发布”一栏。";
            default -> "";
        };
    }
}
