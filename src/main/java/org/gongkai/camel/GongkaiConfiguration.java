package org.gongkai.camel;

import java.io.File;
import java.nio.file.Path;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import java.util.Arrays;
import java.util.List;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.intake.SubmissionReader;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.RejectionAlert;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.mail.MailSpool;
import org.gongkai.publish.StagingArea;

/**
 * The beans the routes refer to by name ({@code process: ref: checkSubmission}). Each is built from
 * configuration properties only; the domain classes behind them know nothing of Camel.
 */
public class GongkaiConfiguration implements CamelConfiguration {

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
    @PropertyInject("gongkai.state.dir")
    String stateDir;
    @PropertyInject("gongkai.intake.max-file-size")
    long maxFileSize;
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

    private Dispositions dispositions() {
        return new Dispositions(Path.of(archiveDir), Path.of(rejectedDir), Path.of(duplicatesDir), Path.of(failedDir));
    }

    private MailSpool mailSpool() {
        return new MailSpool(Path.of(spoolDir));
    }

    /** Name + content hash of every file processed, kept across restarts. */
    @BindToRegistry("intakeRepository")
    public IdempotentRepository intakeRepository() {
        return FileIdempotentRepository.fileIdempotentRepository(
                new File(stateDir, "intake-processed.dat"), 10_000, 32L * 1024 * 1024);
    }

    @BindToRegistry("fingerprintSubmission")
    public FingerprintSubmission fingerprintSubmission() {
        return new FingerprintSubmission(dispositions());
    }

    @BindToRegistry("setAsideDuplicate")
    public SetAsideDuplicate setAsideDuplicate() {
        return new SetAsideDuplicate(dispositions());
    }

    @BindToRegistry("checkSubmission")
    public CheckSubmission checkSubmission() {
        return new CheckSubmission(new SubmissionCheck(SubmissionReader.withReaders(maxFileSize), new SubmissionValidator()));
    }

    @BindToRegistry("stageSubmission")
    public StageSubmission stageSubmission() {
        return new StageSubmission(new StagingArea(Path.of(stagingDir)), dispositions());
    }

    @BindToRegistry("rejectSubmission")
    public RejectSubmission rejectSubmission() {
        return new RejectSubmission(dispositions());
    }

    @BindToRegistry("composeRejectionAlert")
    public ComposeRejectionAlert composeRejectionAlert() {
        List<String> mailboxes = Arrays.stream(financeBureau.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        return new ComposeRejectionAlert(new RejectionAlert(mailFrom, MAIL_FROM_NAME, mailboxes, null), new MailComposer(), mailSpool());
    }

    @BindToRegistry("recordIntakeFailure")
    public RecordIntakeFailure recordIntakeFailure() {
        return new RecordIntakeFailure();
    }

    @BindToRegistry("prepareMailDelivery")
    public PrepareMailDelivery prepareMailDelivery() {
        return new PrepareMailDelivery(smtpEnabled, Path.of(outboxDir), Path.of(sentDir));
    }

    @BindToRegistry("smtpEndpoint")
    public SmtpEndpoint smtpEndpoint() {
        return new SmtpEndpoint(smtpUri, smtpUsername, smtpPassword, smtpStartTls, smtpSslTrust);
    }
}
