package org.gongkai.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import org.gongkai.support.BureauFileException;
import picocli.CommandLine;

/**
 * {@code java -jar target/gongkai.jar [command]}: without a command, runs the service.
 */
@Command(name = GongkaiCli.NAME,
        mixinStandardHelpOptions = true,
        version = GongkaiCli.VERSION,
        description = GongkaiCli.DESCRIPTION,
        subcommands = {RunCommand.class, ValidateCommand.class, RenderCommand.class, TemplateCommand.class, PublishCommand.class,
                CatalogCommand.class, ImportReferenceCommand.class, StartupArchiveCommand.class})
public final class GongkaiCli implements Callable<Integer> {

    static final String NAME = "gongkai";
    static final String VERSION = "gongkai 0.1.0";
    static final String DESCRIPTION = "部门预算公开: validates budget submissions, renders disclosures and publishes them.";

    /**
     * The subcommands by name. A command line that names one builds only that one (picocli reads every command's
     * annotations by reflection, a noticeable part of a short command's start); anything else (no command, an
     * option first, a misspelt name) gets the whole tree, for the help and the suggestions.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = Map.of(
            "run", RunCommand::new, "validate", ValidateCommand::new, "render", RenderCommand::new,
            "template", TemplateCommand::new, "publish", PublishCommand::new, "catalog", CatalogCommand::new,
            "import-reference", ImportReferenceCommand::new, "cds-archive", StartupArchiveCommand::new);

    @Override
    public Integer call() throws Exception {
        return new RunCommand().call();
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (for tests). */
    public static int execute(String... args) {
        Supplier<Object> one = args.length == 0 ? null : COMMANDS.get(args[0]);
        CommandLine line = one == null ? new CommandLine(new GongkaiCli()) : new CommandLine(new OneCommand()).addSubcommand(one.get());
        return line.setExecutionExceptionHandler(GongkaiCli::bureauFile).execute(args);
    }

    /** A bureau's catalogue or profile file that cannot be used stops any command with its Chinese message and exit 2. */
    private static int bureauFile(Exception e, CommandLine line, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof BureauFileException bureau) {
            return BureauFileExit.report(bureau);
        }
        throw e;
    }

    /** The same root as {@link GongkaiCli}, with only the subcommand the command line names. */
    @Command(name = GongkaiCli.NAME, mixinStandardHelpOptions = true, version = GongkaiCli.VERSION,
            description = GongkaiCli.DESCRIPTION)
    static final class OneCommand implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return new RunCommand().call();
        }
    }
}
