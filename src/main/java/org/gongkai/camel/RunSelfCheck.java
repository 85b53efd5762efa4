package org.gongkai.camel;

import jakarta.activation.DataHandler;
import java.io.InputStream;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.attachment.AttachmentMessage;
import org.gongkai.ops.SelfCheck;

/**
 * The self-check page: GET shows the upload form, POST checks the uploaded file with the intake's own check and
 * answers the report page. The upload is read into memory (at most the inbox's size limit plus one byte, so a larger
 * file is reported as too large, as in the intake) and Vert.x deletes its temporary copy when the answer is sent.
 */
public final class RunSelfCheck implements Processor {

    private final SelfCheck selfCheck;

    public RunSelfCheck(SelfCheck selfCheck) {
        this.selfCheck = selfCheck;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String method = exchange.getIn().getHeader(Exchange.HTTP_METHOD, String.class);
        if (!"POST".equalsIgnoreCase(method)) {
            HttpResponses.html(exchange, 200, selfCheck.form());
            return;
        }
        AttachmentMessage am = exchange.getIn(AttachmentMessage.class);
        Map<String, DataHandler> files = am != null && am.hasAttachments() ? am.getAttachments() : Map.of();
        if (files.isEmpty()) {
            throw new HttpRefusal(400, "没有收到文件：请选择一个 .json 或 .xlsx 文件后再点“检查”。", false);
        }
        Map.Entry<String, DataHandler> first = files.entrySet().iterator().next();
        DataHandler file = first.getValue();
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, selfCheck.maxBytes() + 1));
        }
        String name = file.getName() != null ? file.getName() : first.getKey();
        SelfCheck.Result r = selfCheck.check(name, content);
        HttpResponses.html(exchange, 200, r.page());
    }
}
