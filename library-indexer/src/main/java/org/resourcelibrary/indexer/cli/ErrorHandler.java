package org.resourcelibrary.indexer.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.resourcelibrary.core.search.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into one line on stderr and the contract's exit code: 2 for bad usage (unknown option,
 * missing file, invalid value), 1 for anything else. The stack trace follows only with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final int USAGE = 2;
    static final int FATAL = 1;
    private static final String VERBOSE = "--verbose";

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(qualifiedName(command) + ": " + e.getMessage() + " (see '" + qualifiedName(command)
                + " --help')");
        if (contains(args)) {
            e.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(qualifiedName(command) + ": " + message(e));
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return usage(e) ? USAGE : FATAL;
    }

    private static boolean usage(Exception e) {
        return e instanceof UsageException || e instanceof InvalidRequestException
                || e instanceof CommandLine.ParameterException;
    }

    private static String message(Throwable e) {
        Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (shown instanceof NoSuchFileException missing) {
            String reason = missing.getReason() == null ? "" : " (" + missing.getReason() + ")";
            return "no such file: " + missing.getFile() + reason;
        }
        return shown.getMessage() == null ? shown.toString() : shown.getMessage();
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String[] args) {
        for (String arg : args) {
            if (VERBOSE.equals(arg)) {
                return true;
            }
        }
        return false;
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }
}
