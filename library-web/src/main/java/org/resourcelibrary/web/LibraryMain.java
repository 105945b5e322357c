package org.resourcelibrary.web;

import org.resourcelibrary.indexer.cli.LibraryCommand;
import org.resourcelibrary.web.database.DatabaseCommand;

/**
 * Entry point of the packaged application: the {@code library} command line, with the web module's {@code serve}
 * and {@code db}.
 */
public final class LibraryMain {
    private LibraryMain() {
    }

    public static void main(String[] args) {
        System.exit(LibraryCommand.commandLine(new ServeCommand(), new DatabaseCommand()).execute(args));
    }
}
