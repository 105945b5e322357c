package org.resourcelibrary.web.database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code library db}: the library database that several web nodes share. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = DatabaseStartCommand.class,
        description = "The library database several web nodes share (serve --database).")
public final class DatabaseCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
