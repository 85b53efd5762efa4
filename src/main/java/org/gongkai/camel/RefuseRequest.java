package org.gongkai.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a refused or failed HTTP request: the refusal's status and Chinese message (401 asks for basic credentials),
 * or 500 without any detail for an unexpected error, which is logged for the operators.
 */
public final class RefuseRequest implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RefuseRequest.class);

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (t instanceof HttpRefusal r) {
            HttpResponses.text(exchange, r.status(), "text/plain; charset=UTF-8", r.getMessage() + "\n");
            if (r.askForCredentials()) {
                exchange.getMessage().setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
            }
            return;
        }
        LOG.error("HTTP request {} failed", exchange.getIn().getHeader(Exchange.HTTP_PATH, String.class), t);
        HttpResponses.text(exchange, 500, "text/plain; charset=UTF-8", "服务内部错误，已记录在运行日志中。\n");
    }
}
