package org.resourcelibrary.web;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the packaged application: {@code library <command>}. */
@Command(name = "library", mixinStandardHelpOptions = true, subcommands = ServeCommand.class,
        description = "Resource library search: serve the library.")
public final class LibraryMain implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its exit codes: 2 for bad usage, 1 for a fatal error (one line on stderr). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LibraryMain());
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("library: " + e.getMessage());
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: see library --help");
    }
}
