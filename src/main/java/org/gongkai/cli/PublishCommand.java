package org.gongkai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.gongkai.camel.GongkaiService;
import org.gongkai.camel.PublishHeaders;
import org.gongkai.publish.DeadlineItem;
import org.gongkai.publish.PublicationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code publish [--dry-run]}: one publication pass now against the configured server, through the same route and
 * pass as the nightly schedule (the service starts with the publication and mail routes only, triggers off).
 * Exit status 1 when anything failed.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish staged disclosures now (one pass) and exit; status 1 if anything failed.")
public final class PublishCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Only list what would be published; upload nothing, send no mail.")
    boolean dryRun;

    @Option(names = "--mail-wait", defaultValue = "30", paramLabel = "SECONDS",
            description = "Seconds to wait for the mails of the pass to leave the spool (default ${DEFAULT-VALUE}).")
    int mailWaitSeconds;

    @Option(names = "-D", paramLabel = "KEY=VALUE",
            description = "Override a setting of config/application.properties, e.g. -Dgongkai.publish.uri=sftp://host:22/www")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(overrides);
        settings.put("camel.main.routes-include-pattern",
                "classpath:routes/errors.camel.yaml,classpath:routes/mail.camel.yaml,classpath:routes/publish.camel.yaml");
        settings.put("gongkai.publish.triggers.auto-startup", "false");
        settings.put("gongkai.http.enabled", "false"); // the running service may hold the HTTP port
        if (dryRun) {
            settings.put("camel.main.routes-include-pattern",
                    "classpath:routes/errors.camel.yaml,classpath:routes/publish.camel.yaml");
        }
        try (GongkaiService service = GongkaiService.start(settings)) {
            Exchange done = service.context().createProducerTemplate().request("direct:publish",
                    ex -> ex.getIn().setHeader(PublishHeaders.DRY_RUN, dryRun));
            Object body = done.getMessage().getBody();
            if (!(body instanceof PublicationReport report)) {
                Exception e = done.getException() != null ? done.getException()
                        : done.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                System.out.println("发布中断：" + (e == null ? "未知错误" : e.getMessage()));
                return 1;
            }
            print(report);
            if (!dryRun) {
                waitForSpool(Path.of(service.context().resolvePropertyPlaceholders("{{gongkai.mail.spool.dir}}")));
            }
            return report.failed() ? 1 : 0;
        }
    }

    private static void print(PublicationReport r) {
        System.out.println((r.dryRun() ? "试运行（不上传、不发邮件）：" : "发布完成：") + r.target());
        System.out.println((r.dryRun() ? "将发布 " : "已发布 ") + r.published().size() + " 个部门：");
        for (PublicationReport.Published p : r.published()) {
            System.out.println("  " + p.year() + " " + p.code() + " " + p.name() + (p.correction() ? " 【更正】" : "")
                    + " -> " + p.folder() + "/ (" + p.files().size() + " 个文件)"
                    + (p.deadline() == null ? "" : "，公开期限 " + p.deadline()));
        }
        for (PublicationReport.Failure f : r.failures()) {
            System.out.println("失败：" + f.year() + " " + f.code() + " " + f.name() + "：" + f.reason());
        }
        for (PublicationReport.Pending p : r.pending()) {
            System.out.println("待发布：" + p.year() + " " + p.code() + " " + p.name() + "：" + p.reason());
        }
        for (DeadlineItem d : r.deadlines()) {
            System.out.println("期限提醒：" + d.year() + " " + d.code() + " " + d.name() + "：" + d.state() + "，公开期限 "
                    + d.deadline() + "，" + d.describe());
        }
    }

    /** The mail route delivers the pass's mails; wait (bounded) so that the command does not exit with mails in the spool. */
    private void waitForSpool(Path spool) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(mailWaitSeconds));
        while (Instant.now().isBefore(until)) {
            if (!Files.isDirectory(spool)) {
                return;
            }
            try (Stream<Path> s = Files.list(spool)) {
                if (s.noneMatch(p -> p.getFileName().toString().endsWith(".eml"))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        System.out.println("部分邮件仍在邮件队列中，服务下次运行时发送：" + spool);
    }
}
