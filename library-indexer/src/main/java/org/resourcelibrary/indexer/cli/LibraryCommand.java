package org.resourcelibrary.indexer.cli;

import org.resourcelibrary.indexer.cli.solr.SolrCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code library}: the command line of the resource library. The web module adds its {@code serve}
 * subcommand with {@link #commandLine(Object...)}; this class's own {@link #main} works without it.
 */
@Command(name = "library", mixinStandardHelpOptions = true, versionProvider = LibraryCommand.Version.class,
        description = "Resource Library Search: ingest documents into a library, search it, measure search quality.",
        subcommands = {IngestCommand.class, SearchCommand.class, EvalCommand.class, SolrCommand.class})
public final class LibraryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Read by the error handler from the parse result, before or after the command's name. */
    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    /** {@code library} alone: which commands there are. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * The command line with its error handling, and any further subcommands (e.g. {@code serve}).
     *
     * @param subcommands command objects annotated with {@link Command}
     */
    public static CommandLine commandLine(Object... subcommands) {
        CommandLine commandLine = new CommandLine(new LibraryCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        for (Object subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        ErrorHandler errors = new ErrorHandler();
        // Set after the subcommands are added: picocli passes the handlers down to those present.
        return commandLine.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version of the packaged code, or {@code development} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LibraryCommand.class.getPackage().getImplementationVersion();
            return new String[] {"library " + (version == null ? "development" : version)};
        }
    }
}
