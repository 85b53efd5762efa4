package org.gongkai.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The service's log also written to a file under {@code gongkai.log.dir} (default data/logs/): {@code gongkai.log}, rolled
 * every day to {@code gongkai-YYYY-MM-DD.log}, kept for {@code gongkai.log.max-history} days; lines carry the date,
 * time and zone offset, or, with {@code gongkai.log.json}, are JSON objects (logback's JsonEncoder), one per line.
 * Added to the root logger when the service starts and removed when it stops.
 */
public final class LogFiles implements AutoCloseable {

    /** The same layout as the console: date, time with milliseconds and zone offset, level, thread, logger, message. */
    public static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS XXX} %-5level [%thread] %logger{36} - %msg%n";
    public static final String FILE_NAME = "gongkai.log";

    private final RollingFileAppender<ILoggingEvent> appender;
    private final Logger root;

    private LogFiles(RollingFileAppender<ILoggingEvent> appender, Logger root) {
        this.appender = appender;
        this.root = root;
    }

    /** Starts writing the log into {@code dir}; null when logback is not the SLF4J backend. */
    public static LogFiles start(Path dir, boolean json, int maxHistoryDays) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return null;
        }
        Path abs = dir.toAbsolutePath();
        RollingFileAppender<ILoggingEvent> a = new RollingFileAppender<>();
        a.setContext(ctx);
        a.setName("gongkai-file-" + abs);
        a.setFile(abs.resolve(FILE_NAME).toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(a);
        policy.setFileNamePattern(abs.resolve("gongkai-%d{yyyy-MM-dd}.log").toString());
        policy.setMaxHistory(Math.max(1, maxHistoryDays));
        policy.start();
        a.setRollingPolicy(policy);
        Encoder<ILoggingEvent> encoder;
        if (json) {
            JsonEncoder j = new JsonEncoder();
            j.setContext(ctx);
            j.setWithFormattedMessage(true); // the message with its arguments, as on the console
            j.start();
            encoder = j;
        } else {
            PatternLayoutEncoder p = new PatternLayoutEncoder();
            p.setContext(ctx);
            p.setPattern(PATTERN);
            p.setCharset(StandardCharsets.UTF_8);
            p.start();
            encoder = p;
        }
        a.setEncoder(encoder);
        a.start();
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(a);
        return new LogFiles(a, root);
    }

    public Path file() {
        return Path.of(appender.getFile());
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
