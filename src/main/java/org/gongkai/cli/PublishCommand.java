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
import java.util.List;
import org.gongkai.camel.GongkaiService;
import org.gongkai.camel.PublishEndpoint;
import org.gongkai.camel.PublishHeaders;
import org.gongkai.publish.DeadlineItem;
import org.gongkai.publish.PublicationReport;
import org.gongkai.transfer.HostKeys;
import org.gongkai.transfer.ServerCertificates;
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

    @Option(names = "--trust-host-key",
            description = "SFTP: fetch the server's host key, print its fingerprint and, once confirmed, record it in "
                    + "gongkai.publish.sftp.known-hosts. Publishes nothing.")
    boolean trustHostKey;

    @Option(names = "--trust-certificate",
            description = "FTPS: fetch the server's certificate, print its subject, names, validity and SHA-256 fingerprint "
                    + "and, once confirmed, save it as gongkai.publish.tls.pinned-certificate. Publishes nothing.")
    boolean trustCertificate;

    @Option(names = "--yes", description = "With --trust-host-key or --trust-certificate: record without asking (the fingerprint was checked beforehand).")
    boolean yes;

    @Option(names = "-D", paramLabel = "KEY=VALUE",
            description = "Override a setting of config/application.properties, e.g. -Dgongkai.publish.uri=sftp://host:22/www")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (trustHostKey) {
            return trustHostKey();
        }
        if (trustCertificate) {
            return trustCertificate();
        }
        Map<String, String> settings = new LinkedHashMap<>(overrides);
        settings.put("camel.main.routes-include-pattern",
                "classpath:routes/errors.camel.yaml,classpath:routes/mail.camel.yaml,classpath:routes/publish.camel.yaml");
        settings.put("gongkai.publish.triggers.auto-startup", "false");
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

    /** Pins the FTPS server's certificate after the operator compared its fingerprint with the administrator's. */
    private int trustCertificate() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(overrides);
        settings.put("camel.main.routes-include-pattern", "classpath:routes/errors.camel.yaml");
        settings.put("gongkai.publish.triggers.auto-startup", "false");
        PublishEndpoint endpoint;
        String pinned;
        try (GongkaiService service = GongkaiService.start(settings)) {
            endpoint = service.context().getRegistry().lookupByNameAndType("publishEndpoint", PublishEndpoint.class);
            pinned = service.context().resolvePropertyPlaceholders("{{gongkai.publish.tls.pinned-certificate}}").trim();
        }
        if (!endpoint.scheme().equals("ftps")) {
            System.out.println("--trust-certificate 只用于 FTPS；当前发布地址为 " + endpoint.describe());
            return 1;
        }
        List<java.security.cert.X509Certificate> chain = ServerCertificates.fetch(endpoint.host(), endpoint.port(),
                endpoint.implicitTls(), endpoint.connectTimeout());
        java.security.cert.X509Certificate leaf = chain.get(0);
        System.out.println("发布服务器 " + endpoint.host() + ":" + endpoint.port() + " 出示的 TLS 证书：");
        System.out.println("  主体 " + leaf.getSubjectX500Principal().getName());
        System.out.println("  签发者 " + leaf.getIssuerX500Principal().getName());
        System.out.println("  有效期 " + leaf.getNotBefore().toInstant() + " 至 " + leaf.getNotAfter().toInstant());
        System.out.println("  SHA-256 指纹 " + ServerCertificates.fingerprint(leaf));
        if (pinned.isEmpty()) {
            System.out.println("未设置 gongkai.publish.tls.pinned-certificate（证书保存的位置），未作任何更改。");
            return 1;
        }
        Path file = Path.of(pinned);
        List<java.security.cert.X509Certificate> existing = ServerCertificates.read(file);
        if (existing.contains(leaf)) {
            System.out.println("该证书已固定在 " + file + "，无需操作。");
            return 0;
        }
        if (!existing.isEmpty()) {
            System.out.println("警告：" + file + " 中固定的是另一张证书（SHA-256 指纹 " + ServerCertificates.fingerprint(existing.get(0))
                    + "）。请先与服务器管理员核对；确认服务器换了证书后，删除该文件再运行本命令。未作任何更改。");
            return 1;
        }
        if (!confirmed("请与服务器管理员核对上述指纹（管理员在服务器上运行 openssl x509 -in 证书文件 -noout -fingerprint -sha256 可得）。一致请输入 yes 固定该证书：")) {
            return 1;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, ServerCertificates.pem(leaf));
        System.out.println("已固定到 " + file);
        return 0;
    }

    private boolean confirmed(String question) throws java.io.IOException {
        if (yes) {
            return true;
        }
        System.out.println(question);
        String answer = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
        if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
            System.out.println("未确认，未作任何更改。");
            return false;
        }
        return true;
    }

    /** Records the SFTP server's host key after the operator compared its fingerprint with the administrator's. */
    private int trustHostKey() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(overrides);
        settings.put("camel.main.routes-include-pattern", "classpath:routes/errors.camel.yaml");
        settings.put("gongkai.publish.triggers.auto-startup", "false");
        PublishEndpoint endpoint;
        try (GongkaiService service = GongkaiService.start(settings)) {
            endpoint = service.context().getRegistry().lookupByNameAndType("publishEndpoint", PublishEndpoint.class);
        }
        if (!endpoint.scheme().equals("sftp")) {
            System.out.println("--trust-host-key 只用于 SFTP；当前发布地址为 " + endpoint.describe());
            return 1;
        }
        HostKeys.Key offered = HostKeys.offered(endpoint.host(), endpoint.port(), endpoint.connectTimeout(), null);
        List<HostKeys.Key> recorded = HostKeys.recorded(endpoint.knownHosts(), endpoint.host(), endpoint.port());
        String name = HostKeys.knownHostsName(endpoint.host(), endpoint.port());
        System.out.println("发布服务器 " + name + " 出示的 SSH 主机密钥：" + offered.type() + " " + offered.fingerprint());
        if (recorded.contains(offered)) {
            System.out.println("该密钥已登记在 " + endpoint.knownHosts() + "，无需操作。");
            return 0;
        }
        if (!recorded.isEmpty()) {
            System.out.println("警告：" + endpoint.knownHosts() + " 中为 " + name + " 登记的是另一把密钥："
                    + recorded.stream().map(k -> k.type() + " " + k.fingerprint()).toList()
                    + "。服务器密钥改变可能意味着有人冒充服务器。请先与服务器管理员核对；确认是新密钥后，删除旧记录再运行本命令。未作任何更改。");
            return 1;
        }
        if (!confirmed("请与服务器管理员核对上述指纹（管理员在服务器上运行 ssh-keygen -lf /etc/ssh/ssh_host_"
                + offered.type().replace("ssh-", "").replaceAll("-.*", "") + "_key.pub 可得）。一致请输入 yes 登记：")) {
            return 1;
        }
        HostKeys.record(endpoint.knownHosts(), endpoint.host(), endpoint.port(), offered);
        System.out.println("已登记到 " + endpoint.knownHosts());
        return 0;
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
