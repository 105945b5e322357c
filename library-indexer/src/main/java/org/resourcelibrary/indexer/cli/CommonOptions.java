package org.resourcelibrary.indexer.cli;

import java.nio.file.Path;
import org.resourcelibrary.core.store.DataDirectory;
import picocli.CommandLine.Option;

/** Options every command that works on a library has. */
public final class CommonOptions {

    /** The data directory when none is given. */
    public static final String DEFAULT_DATA = "data";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT_DATA,
            description = "The library's data directory (index, originals, texts, reports). "
                    + "Default: ${DEFAULT-VALUE}")
    private Path data;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    public DataDirectory data() {
        return new DataDirectory(data);
    }
}
