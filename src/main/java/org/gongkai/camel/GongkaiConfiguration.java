package org.gongkai.camel;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.intake.InboxSweep;
import org.gongkai.intake.IntakeJournal;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.publish.PriorYearArchive;
import org.gongkai.intake.SubmissionReader;
import org.gongkai.mail.IntakeFailureMails;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.mail.MailboxList;
import org.gongkai.mail.RejectionAlert;
import org.gongkai.narrative.CatalogClassificationNames;
import org.gongkai.ops.Console;
import org.gongkai.ops.ConsoleAuth;
import org.gongkai.ops.Health;
import org.gongkai.ops.LogFiles;
import org.gongkai.ops.MailQueues;
import org.gongkai.ops.Metrics;
import org.gongkai.ops.SelfCheck;
import org.gongkai.ops.StatusBoard;
import org.gongkai.ops.TargetProbe;
import org.gongkai.publish.ExpectedDepartment;
import org.gongkai.publish.PublicationMails;
import org.gongkai.publish.PublicationPass;
import org.gongkai.publish.RetryPolicy;
import org.gongkai.publish.SitePages;
import org.gongkai.publish.StagingArea;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.narrative.CodeSuccessors;
import org.gongkai.render.OpenDataWriter;
import org.gongkai.render.RenderBudget;
import org.gongkai.support.DiskSpace;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.xlsx.CatalogWorkbookReader;
import org.gongkai.xlsx.WorkbookSubmissionReader;

/**
 * The beans the routes refer to by name ({@code process: ref: checkSubmission}). Each is built from
 * configuration properties only; the domain classes behind them know nothing of Camel.
 */
public class GongkaiConfiguration implements CamelConfiguration, org.apache.camel.CamelContextAware {

    /** Display name of the sender of every mail. */
    static final String MAIL_FROM_NAME = "部门预算公开平台";

    @PropertyInject("gongkai.archive.dir")
    String archiveDir;
    @PropertyInject("gongkai.rejected.dir")
    String rejectedDir;
    @PropertyInject("gongkai.duplicates.dir")
    String duplicatesDir;
    @PropertyInject("gongkai.failed.dir")
    String failedDir;
    @PropertyInject("gongkai.staging.dir")
    String stagingDir;

    @PropertyInject("gongkai.reference.dir")
    String referenceDir;
    @PropertyInject("gongkai.state.dir")
    String stateDir;
    @PropertyInject("gongkai.intake.max-file-size")
    long maxFileSize;
    @PropertyInject(value = "gongkai.catalog.dir", defaultValue = "")
    String catalogDir;
    @PropertyInject(value = "gongkai.catalog.strict", defaultValue = "false")
    boolean catalogStrict;
    private CatalogEditions catalogEditions;
    @PropertyInject(value = "gongkai.profile.dir", defaultValue = "")
    String profileDir;
    private boolean profilesRead;
    @PropertyInject("gongkai.data.dir")
    String dataDir;
    @PropertyInject("gongkai.inbox.dir")
    String inboxDir;
    @PropertyInject(value = "gongkai.inbox.exclude", defaultValue = "")
    String inboxExclude;
    @PropertyInject(value = "gongkai.inbox.read-lock-min-age", defaultValue = "2000")
    long inboxMinAge;
    @PropertyInject(value = "gongkai.inbox.poll-delay", defaultValue = "2000")
    long inboxPollDelay;
    @PropertyInject(value = "gongkai.quarantine.dir", defaultValue = "data/quarantine")
    String quarantineDir;
    @PropertyInject(value = "gongkai.intake.concurrency", defaultValue = "0")
    int intakeConcurrency;
    @PropertyInject(value = "gongkai.intake.min-free-space", defaultValue = "67108864")
    long minFreeSpace;
    @PropertyInject(value = "gongkai.intake.disk-full-recheck", defaultValue = "5000")
    long diskFullRecheck;
    @PropertyInject(value = "gongkai.render.timeout", defaultValue = "120000")
    long renderTimeout;
    @PropertyInject(value = "gongkai.render.max-allocation", defaultValue = "4294967296")
    long renderMaxAllocation;
    @PropertyInject("gongkai.mail.from")
    String mailFrom;
    @PropertyInject("gongkai.mail.finance-bureau")
    String financeBureau;
    @PropertyInject("gongkai.mail.spool.dir")
    String spoolDir;
    @PropertyInject("gongkai.mail.outbox.dir")
    String outboxDir;
    @PropertyInject("gongkai.mail.sent.dir")
    String sentDir;
    @PropertyInject("gongkai.mail.smtp.enabled")
    boolean smtpEnabled;
    @PropertyInject("gongkai.mail.smtp.uri")
    String smtpUri;
    @PropertyInject("gongkai.mail.smtp.username")
    String smtpUsername;
    @PropertyInject("gongkai.mail.smtp.password")
    String smtpPassword;
    @PropertyInject("gongkai.mail.smtp.starttls")
    boolean smtpStartTls;
    @PropertyInject(value = "gongkai.mail.smtp.ssl-trust", defaultValue = "")
    String smtpSslTrust;

    // Publication (routes/publish.camel.yaml, docs/publication.md)
    @PropertyInject(value = "gongkai.publish.uri", defaultValue = "")
    String publishUri;
    @PropertyInject("gongkai.publish.local.dir")
    String publishLocalDir;
    @PropertyInject(value = "gongkai.publish.username", defaultValue = "")
    String publishUsername;
    @PropertyInject(value = "gongkai.publish.password", defaultValue = "")
    String publishPassword;
    @PropertyInject(value = "gongkai.publish.sftp.known-hosts", defaultValue = "known_hosts")
    String publishKnownHosts;
    @PropertyInject(value = "gongkai.publish.tls.pinned-certificate", defaultValue = "")
    String publishPinnedCertificate;
    @PropertyInject(value = "gongkai.publish.tls.trust-store", defaultValue = "")
    String publishTrustStore;
    @PropertyInject(value = "gongkai.publish.tls.trust-store-password", defaultValue = "")
    String publishTrustStorePassword;
    @PropertyInject(value = "gongkai.publish.tls.protocols", defaultValue = "TLSv1.2")
    String publishTlsProtocols;
    @PropertyInject(value = "gongkai.publish.control-encoding", defaultValue = "UTF-8")
    String publishControlEncoding;
    @PropertyInject(value = "gongkai.publish.passive-mode", defaultValue = "true")
    boolean publishPassiveMode;
    @PropertyInject(value = "gongkai.publish.stepwise", defaultValue = "false")
    boolean publishStepwise;
    @PropertyInject(value = "gongkai.publish.connect-timeout", defaultValue = "10000")
    int publishConnectTimeout;
    @PropertyInject(value = "gongkai.publish.so-timeout", defaultValue = "60000")
    int publishSoTimeout;
    @PropertyInject(value = "gongkai.publish.data-timeout", defaultValue = "30000")
    int publishDataTimeout;
    @PropertyInject(value = "gongkai.publish.retry.attempts", defaultValue = "4")
    int publishRetryAttempts;
    @PropertyInject(value = "gongkai.publish.retry.delay", defaultValue = "2000")
    long publishRetryDelay;
    @PropertyInject(value = "gongkai.publish.retry.multiplier", defaultValue = "2")
    double publishRetryMultiplier;
    @PropertyInject(value = "gongkai.publish.retry.max-delay", defaultValue = "30000")
    long publishRetryMaxDelay;
    @PropertyInject(value = "gongkai.publish.connections", defaultValue = "4")
    int publishConnections;
    @PropertyInject(value = "gongkai.publish.max-consecutive-failures", defaultValue = "2")
    int publishMaxConsecutiveFailures;
    @PropertyInject(value = "gongkai.publish.time-zone", defaultValue = "Asia/Shanghai")
    String publishTimeZone;
    @PropertyInject(value = "gongkai.publish.public-base-url", defaultValue = "")
    String publishPublicBaseUrl;
    @PropertyInject(value = "gongkai.publish.site-title", defaultValue = "\u90e8\u95e8\u9884\u7b97\u516c\u5f00")
    String publishSiteTitle;
    @PropertyInject(value = "gongkai.publish.operators", defaultValue = "")
    String publishOperators;
    @PropertyInject(value = "gongkai.deadline.expected-departments", defaultValue = "")
    String expectedDepartments;
    @PropertyInject(value = "gongkai.deadline.warn-days", defaultValue = "3")
    int deadlineWarnDays;
    // Open data (docs/documents.md)
    @PropertyInject(value = "gongkai.opendata.license.name", defaultValue = "CC-BY-4.0")
    String openDataLicenseName;
    @PropertyInject(value = "gongkai.opendata.license.path", defaultValue = "https://creativecommons.org/licenses/by/4.0/")
    String openDataLicensePath;
    @PropertyInject(value = "gongkai.opendata.license.title", defaultValue = "")
    String openDataLicenseTitle;
    @PropertyInject(value = "gongkai.opendata.publisher", defaultValue = "")
    String openDataPublisher;
    private PublicationPass publicationPass;
    private IntakeJournal intakeJournal;
    private DiskSpace diskSpace;

    // Operations (routes/http.camel.yaml, docs/operations.md)
    @PropertyInject(value = "gongkai.publish.control.dir", defaultValue = "")
    String controlDir;
    @PropertyInject(value = "gongkai.publish.cron", defaultValue = "0 0 2 * * ?")
    String publishCron;
    @PropertyInject(value = "gongkai.mail.failed.dir", defaultValue = "")
    String mailFailedDir;
    @PropertyInject(value = "gongkai.http.enabled", defaultValue = "false")
    boolean httpEnabled;
    @PropertyInject(value = "gongkai.http.host", defaultValue = "127.0.0.1")
    String httpHost;
    @PropertyInject(value = "gongkai.http.port", defaultValue = "8080")
    int httpPort;
    @PropertyInject(value = "gongkai.http.public-base-url", defaultValue = "")
    String httpPublicBaseUrl;
    @PropertyInject(value = "gongkai.http.username", defaultValue = "operator")
    String httpUsername;
    @PropertyInject(value = "gongkai.http.password", defaultValue = "")
    String httpPassword;
    @PropertyInject(value = "gongkai.http.token", defaultValue = "")
    String httpToken;
    @PropertyInject(value = "gongkai.http.self-check.public", defaultValue = "true")
    boolean selfCheckPublic;
    @PropertyInject(value = "gongkai.health.min-free-disk", defaultValue = "104857600")
    long healthMinFreeDisk;
    @PropertyInject(value = "gongkai.health.max-mail-backlog", defaultValue = "100")
    long healthMaxMailBacklog;
    @PropertyInject(value = "gongkai.health.max-failed-mails", defaultValue = "0")
    long healthMaxFailedMails;
    @PropertyInject(value = "gongkai.log.dir", defaultValue = "")
    String logDir;
    @PropertyInject(value = "gongkai.log.json", defaultValue = "false")
    boolean logJson;
    @PropertyInject(value = "gongkai.log.max-history", defaultValue = "30")
    int logMaxHistory;
    private Metrics metrics;
    private ConsoleAuth consoleAuth;
    private final TargetProbe targetProbe = new TargetProbe();
    private CamelContext camelContext;

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    /**
     * Operations that are not beans: the log file under gongkai.log.dir, the notifier that records submission, mail
     * and publication outcomes, and (when gongkai.http.enabled) the embedded HTTP server.
     */
    @Override
    public void configure(CamelContext context) throws Exception {
        if (!logDir.isBlank()) {
            LogFiles logFiles = LogFiles.start(Path.of(logDir), logJson, logMaxHistory);
            if (logFiles != null) {
                context.addService(new org.apache.camel.support.service.ServiceSupport() {
                    @Override
                    protected void doStop() {
                        logFiles.close();
                    }
                }, true, true);
            }
        }
        context.getManagementStrategy().addEventNotifier(new OpsEvents(metrics(), Path.of(stateDir)));
        if (httpEnabled) {
            EmbeddedHttpServer.install(context, httpHost, httpPort, maxFileSize);
            consoleAuth().generatedPassword().ifPresent(p -> LOG.warn(
                    "No console password configured (GONGKAI_HTTP_PASSWORD): user '{}' has the generated password {} "
                            + "until the service stops", consoleAuth().username(), p));
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GongkaiConfiguration.class);

    /** The service's metrics (Prometheus text at /metrics). */
    @BindToRegistry("metrics")
    public synchronized Metrics metrics() {
        if (metrics == null) {
            metrics = new Metrics(Path.of(inboxDir));
        }
        return metrics;
    }

    private synchronized ConsoleAuth consoleAuth() {
        if (consoleAuth == null) {
            consoleAuth = new ConsoleAuth(httpUsername, httpPassword, httpToken);
        }
        return consoleAuth;
    }

    private MailQueues mailQueues() {
        return new MailQueues(Path.of(spoolDir), Path.of(mailFailedDir));
    }

    private java.time.Clock publishClock() {
        return java.time.Clock.system(java.time.ZoneId.of(publishTimeZone));
    }

    @BindToRegistry("authorize")
    public AuthorizeRequest authorize() {
        return new AuthorizeRequest(consoleAuth(), false, false, httpPublicBaseUrl);
    }

    @BindToRegistry("authorizeAction")
    public AuthorizeRequest authorizeAction() {
        return new AuthorizeRequest(consoleAuth(), true, false, httpPublicBaseUrl);
    }

    @BindToRegistry("authorizeSelfCheck")
    public AuthorizeRequest authorizeSelfCheck() {
        return new AuthorizeRequest(consoleAuth(), false, selfCheckPublic, httpPublicBaseUrl);
    }

    @BindToRegistry("refuseRequest")
    public RefuseRequest refuseRequest() {
        return new RefuseRequest();
    }

    private Health health(CamelContext context) {
        java.util.Map<String, Path> folders = new java.util.LinkedHashMap<>();
        folders.put("inbox", Path.of(inboxDir));
        folders.put("staging", Path.of(stagingDir));
        folders.put("state", Path.of(stateDir));
        return new Health(() -> {
            java.util.Map<String, String> routes = new java.util.TreeMap<>();
            for (org.apache.camel.Route r : context.getRoutes()) {
                if (r.isAutoStartup()) {
                    routes.put(r.getRouteId(), context.getRouteController().getRouteStatus(r.getRouteId()).name());
                }
            }
            return routes;
        }, folders, healthMinFreeDisk, mailQueues(), healthMaxMailBacklog, healthMaxFailedMails, Path.of(stateDir), targetProbe);
    }

    @BindToRegistry("showLiveness")
    public ShowHealth showLiveness() {
        return new ShowHealth(health(camelContext), false);
    }

    @BindToRegistry("showReadiness")
    public ShowHealth showReadiness() {
        return new ShowHealth(health(camelContext), true);
    }

    @BindToRegistry("showConsole")
    public ShowConsole showConsole() {
        StatusBoard board = new StatusBoard(new StagingArea(Path.of(stagingDir)), Path.of(stateDir), Path.of(rejectedDir),
                Path.of(failedDir), () -> ExpectedDepartment.parse(expectedDepartments), maxFileSize, publishClock());
        return new ShowConsole(new Console(board, mailQueues(), targetProbe, Path.of(stateDir), publishCron, publishClock(),
                publishEndpoint().describe()), consoleAuth());
    }

    @BindToRegistry("showMetrics")
    public ShowMetrics showMetrics() {
        return new ShowMetrics(metrics());
    }

    @BindToRegistry("runSelfCheck")
    public RunSelfCheck runSelfCheck() {
        return new RunSelfCheck(new SelfCheck(new SubmissionCheck(
                SubmissionReader.withReaders(maxFileSize, new WorkbookSubmissionReader()), new SubmissionValidator()), maxFileSize));
    }

    @BindToRegistry("redriveFailedMails")
    public OperatorAction redriveFailedMails() {
        return OperatorAction.redriveMails(mailQueues());
    }

    @BindToRegistry("requestPublicationPass")
    public OperatorAction requestPublicationPass() {
        return OperatorAction.publishNow(Path.of(controlDir));
    }

    @BindToRegistry("checkPublicationTarget")
    public OperatorAction checkPublicationTarget() {
        return OperatorAction.checkPublicationTarget(publishEndpoint(), targetProbe);
    }

    /** Where the rejection mail sends clerks to check a file themselves: the self-check page. */
    String selfCheckUrl() {
        String base = httpPublicBaseUrl.isBlank() ? "http://" + httpHost + ":" + httpPort : httpPublicBaseUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/self-check";
    }

    private Dispositions dispositions() {
        return new Dispositions(Path.of(archiveDir), Path.of(rejectedDir), Path.of(duplicatesDir), Path.of(failedDir));
    }

    private synchronized IntakeJournal intakeJournal() {
        if (intakeJournal == null) {
            intakeJournal = new IntakeJournal(Path.of(stateDir, "intake-journal"));
        }
        return intakeJournal;
    }

    /** The free-space probe of the data folder; tests bind their own {@code gongkaiDiskProbe} to simulate a full disk. */
    private synchronized DiskSpace diskSpace(org.apache.camel.CamelContext context) {
        if (diskSpace == null) {
            DiskSpace.Probe probe = context == null ? null
                    : context.getRegistry().lookupByNameAndType("gongkaiDiskProbe", DiskSpace.Probe.class);
            diskSpace = new DiskSpace(Path.of(dataDir), minFreeSpace, probe == null ? DiskSpace.FILE_STORE : probe);
        }
        return diskSpace;
    }

    private IntakeFailureMails intakeFailureMails() {
        return new IntakeFailureMails(mailFrom, MAIL_FROM_NAME, MailboxList.parse(publishOperators == null
                || publishOperators.isBlank() ? financeBureau : publishOperators));
    }

    /** Intake runs this many files at once (0: one per processor core); one file's failure never touches the others. */
    @BindToRegistry("intakeExecutor")
    public java.util.concurrent.ExecutorService intakeExecutor(org.apache.camel.CamelContext context) {
        int threads = intakeConcurrency > 0 ? intakeConcurrency : Runtime.getRuntime().availableProcessors();
        return context.getExecutorServiceManager().newThreadPool(this, "intake", new org.apache.camel.spi.ThreadPoolProfile() {
            {
                setPoolSize(threads);
                setMaxPoolSize(threads);
                setMaxQueueSize(threads);
                setRejectedPolicy(org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy.CallerRuns);
            }
        });
    }

    /** Instance lock, start-up clean-up, odd inbox names and the full-disk pause of the intake route. */
    @BindToRegistry("intakeGuard")
    public IntakeGuard intakeGuard(org.apache.camel.CamelContext context) {
        return new IntakeGuard(Path.of(dataDir), Path.of(stateDir), Path.of(inboxDir), new StagingArea(Path.of(stagingDir)),
                Path.of(quarantineDir), intakeJournal(),
                new InboxSweep(Path.of(inboxDir), inboxExclude, java.time.Duration.ofMillis(inboxMinAge)),
                diskSpace(context), diskFullRecheck, Math.max(1000, inboxPollDelay), intakeFailureMails(), new MailComposer(),
                mailSpool());
    }

    @BindToRegistry("diskFullPause")
    public DiskFullPause diskFullPause() {
        return new DiskFullPause();
    }

    @BindToRegistry("keepOriginal")
    public KeepOriginal keepOriginal() {
        return new KeepOriginal(intakeJournal());
    }

    private MailSpool mailSpool() {
        return new MailSpool(Path.of(spoolDir));
    }

    /**
     * How many name + content keys the intake remembers (about 100 bytes each on disk): years of submissions for a
     * city's departments. Beyond it the oldest keys are forgotten and such an old file, dropped again, is processed again.
     */
    static final int INTAKE_KEYS_REMEMBERED = 200_000;

    /** Name + content hash of every file processed, kept across restarts. */
    @BindToRegistry("intakeRepository")
    public IdempotentRepository intakeRepository() {
        return FileIdempotentRepository.fileIdempotentRepository(
                new File(stateDir, "intake-processed.dat"), INTAKE_KEYS_REMEMBERED, 32L * 1024 * 1024);
    }

    @BindToRegistry("fingerprintSubmission")
    public FingerprintSubmission fingerprintSubmission(org.apache.camel.CamelContext context) {
        return new FingerprintSubmission(dispositions(), intakeJournal(), diskSpace(context), maxFileSize);
    }

    @BindToRegistry("setAsideDuplicate")
    public SetAsideDuplicate setAsideDuplicate() {
        return new SetAsideDuplicate(dispositions(), intakeJournal());
    }

    @BindToRegistry("checkSubmission")
    public CheckSubmission checkSubmission() {
        readProfileFolder();
        return new CheckSubmission(new SubmissionCheck(SubmissionReader.withReaders(maxFileSize, new WorkbookSubmissionReader()),
                new SubmissionValidator(catalogEditions()), priorYearArchive()), maxFileSize);
    }

    /**
     * The shipped catalogue editions amended by the bureau's folder, read once; a bad file throws
     * {@link org.gongkai.catalog.CatalogFileException} and the service does not start.
     */
    private synchronized CatalogEditions catalogEditions() {
        if (catalogEditions == null) {
            catalogEditions = loadCatalogEditions();
        }
        return catalogEditions;
    }

    /**
     * The bureau's profile folder (gongkai.profile.dir), read once at start; a bad file throws
     * {@link org.gongkai.profile.ProfileFileException} and the service does not start.
     */
    private synchronized void readProfileFolder() {
        if (!profilesRead) {
            RuleCatalog.useProfileFolder(profileDir == null || profileDir.isBlank() ? null : Path.of(profileDir.strip()));
            profilesRead = true;
        }
    }

    private CatalogEditions loadCatalogEditions() {
        Path dir = catalogDir == null || catalogDir.isBlank() ? null : Path.of(catalogDir.strip());
        return CatalogEditions.load(dir, Map.of("xlsx", new CatalogWorkbookReader())).withStrict(catalogStrict);
    }

    @BindToRegistry("stageSubmission")
    public StageSubmission stageSubmission() {
        return new StageSubmission(new StagingArea(Path.of(stagingDir)), dispositions());
    }

    /** Names from codes through the 2024 catalogue; prior-year figures from the department's accepted submissions. */
    @BindToRegistry("renderDisclosure")
    public RenderDisclosure renderDisclosure() {
        return new RenderDisclosure(new DisclosureRenderer(CatalogClassificationNames.STANDARD_2024,
                priorYearArchive().asSource(), openDataWriter())
                .withCatalog(catalogEditions()),
                new RenderBudget(java.time.Duration.ofMillis(renderTimeout), renderMaxAllocation));
    }

    private OpenDataWriter openDataWriter() {
        return new OpenDataWriter(new OpenDataWriter.Licence(openDataLicenseName, openDataLicensePath,
                openDataLicenseTitle.isBlank() && OpenDataWriter.Licence.DEFAULT.name().equals(openDataLicenseName)
                        ? OpenDataWriter.Licence.DEFAULT.title() : openDataLicenseTitle), openDataPublisher);
    }

    /** Last year's budget of a department: what gongkai accepted, else what was imported as reference. */
    PriorYearArchive priorYearArchive() {
        return new PriorYearArchive(Path.of(stagingDir), Path.of(referenceDir), CodeSuccessors.of(catalogEditions()));
    }

    @BindToRegistry("markStaged")
    public MarkStaged markStaged() {
        return new MarkStaged(new StagingArea(Path.of(stagingDir)));
    }

    @BindToRegistry("rejectSubmission")
    public RejectSubmission rejectSubmission() {
        return new RejectSubmission(dispositions());
    }

    @BindToRegistry("composeRejectionAlert")
    public ComposeRejectionAlert composeRejectionAlert() {
        String resubmit = !httpEnabled ? null : "请按每条问题的提示改正后，重新提交完整的文件（可以沿用原文件名，修改后的文件会作为新的提交重新校验）。"
                + "提交前可先打开 " + selfCheckUrl() + " 上传文件自行检查，结果为 valid（通过校验）后再提交。";
        return new ComposeRejectionAlert(new RejectionAlert(mailFrom, MAIL_FROM_NAME, MailboxList.parse(financeBureau), resubmit),
                new MailComposer(), mailSpool(), intakeJournal());
    }

    @BindToRegistry("recordIntakeFailure")
    public RecordIntakeFailure recordIntakeFailure() {
        return new RecordIntakeFailure(dispositions(), new StagingArea(Path.of(stagingDir)), Path.of(quarantineDir),
                Path.of(dataDir), intakeFailureMails(), new MailComposer(), mailSpool(), intakeJournal());
    }

    @BindToRegistry("prepareMailDelivery")
    public PrepareMailDelivery prepareMailDelivery() {
        return new PrepareMailDelivery(smtpEnabled, Path.of(outboxDir), Path.of(sentDir));
    }

    @BindToRegistry("smtpUri")
    public SmtpUri smtpUri() {
        return new SmtpUri(smtpUri, smtpUsername, smtpPassword, smtpStartTls, smtpSslTrust);
    }

    /** The one publication pass, shared by the nightly route, the operator trigger and the publish command. */
    @BindToRegistry("publicationPass")
    public synchronized PublicationPass publicationPass() throws java.io.IOException {
        if (publicationPass == null) {
            publicationPass = new PublicationPass(new StagingArea(Path.of(stagingDir)), Path.of(stateDir), new SitePages(publishSiteTitle),
                new RetryPolicy(publishRetryAttempts, java.time.Duration.ofMillis(publishRetryDelay), publishRetryMultiplier,
                        java.time.Duration.ofMillis(publishRetryMaxDelay)),
                publishMaxConsecutiveFailures, () -> ExpectedDepartment.parse(expectedDepartments), deadlineWarnDays,
                java.time.Clock.system(java.time.ZoneId.of(publishTimeZone)));
        }
        return publicationPass;
    }

    @BindToRegistry("publishEndpoint")
    public PublishEndpoint publishEndpoint() {
        return new PublishEndpoint(publishUri, Path.of(publishLocalDir), publishUsername, publishPassword,
                publishControlEncoding, publishPassiveMode, publishStepwise, publishConnectTimeout, publishSoTimeout,
                publishDataTimeout, Path.of(publishKnownHosts));
    }

    /**
     * camel-ftp's ftp component with a client that acknowledges the server's 150 reply at once (no delayed-ACK wait
     * per upload); every ftp:// URI goes through it.
     */
    @BindToRegistry("ftp")
    public PromptAckFtpComponent ftp() {
        return new PromptAckFtpComponent();
    }

    /**
     * camel-ftp's ftps component with gongkai's FTPS client (TLS session reuse on data connections, certificate and
     * host name checked against the gongkai.publish.tls.* settings); every ftps:// URI goes through it.
     */
    @BindToRegistry("ftps")
    public TlsFtpsComponent ftps() {
        return new TlsFtpsComponent(this::publishTlsTrust, java.util.Arrays.stream(publishTlsProtocols.split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).toArray(String[]::new));
    }

    /** Which server certificates publication accepts: the pinned one, the configured trust store, or the JVM's. */
    public org.gongkai.transfer.TlsTrust publishTlsTrust() {
        return org.gongkai.transfer.TlsTrust.of(
                publishPinnedCertificate.isBlank() ? null : Path.of(publishPinnedCertificate.trim()),
                publishTrustStore.isBlank() ? null : Path.of(publishTrustStore.trim()), publishTrustStorePassword);
    }

    @BindToRegistry("publishStagedDisclosures")
    public PublishStagedDisclosures publishStagedDisclosures() throws java.io.IOException {
        return new PublishStagedDisclosures(publicationPass(), publishEndpoint(), publishConnections);
    }

    @BindToRegistry("composePublicationMails")
    public ComposePublicationMails composePublicationMails() {
        return new ComposePublicationMails(publicationMails(), new MailComposer(), mailSpool());
    }

    @BindToRegistry("composePublicationBrokenOffAlert")
    public ComposePublicationBrokenOffAlert composePublicationBrokenOffAlert() {
        return new ComposePublicationBrokenOffAlert(publicationMails(), new MailComposer(), mailSpool(), publishEndpoint(),
                java.time.Clock.system(java.time.ZoneId.of(publishTimeZone)));
    }

    private PublicationMails publicationMails() {
        return new PublicationMails(mailFrom, MAIL_FROM_NAME, MailboxList.parse(financeBureau),
                MailboxList.parse(publishOperators), publishPublicBaseUrl, deadlineWarnDays);
    }
}
