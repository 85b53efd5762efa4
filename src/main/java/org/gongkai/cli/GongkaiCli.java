package org.gongkai.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code java -jar target/gongkai.jar [command]}: without a command, runs the service.
 */
@Command(name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "部门预算公开: validates budget submissions, renders disclosures and publishes them.",
        subcommands = {RunCommand.class, ValidateCommand.class, RenderCommand.class, TemplateCommand.class, PublishCommand.class,
                CatalogCommand.class, ImportReferenceCommand.class})
public final class GongkaiCli implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        return new RunCommand().call();
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new GongkaiCli()).execute(args);
    }
}
