package org.gongkai.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.camel.GongkaiService;
import org.gongkai.catalog.CatalogFileException;
import org.gongkai.profile.ProfileFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the service until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the service: watch the inbox, validate, stage, publish nightly, send mail (Ctrl-C stops).")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "-D", paramLabel = "KEY=VALUE",
            description = "Override a setting of config/application.properties, e.g. -Dgongkai.inbox.dir=/srv/inbox")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        try {
            GongkaiService.runUntilStopped(overrides);
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CatalogFileException || t instanceof ProfileFileException) {
                    System.out.println("服务未启动：" + t.getMessage());
                    return 2;
                }
            }
            throw e;
        }
        return 0;
    }

    /**
     * The service with these overrides, without picocli (the launcher's service JVM, {@link Launcher}): the exit
     * status picocli would give — 0 when stopped, 2 with the message for a bad bureau file, 1 with the stack trace
     * for anything else.
     */
    static int run(Map<String, String> overrides) {
        RunCommand command = new RunCommand();
        command.overrides.putAll(overrides);
        try {
            return command.call();
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }
}
