package org.resourcelibrary.indexer.cli.solr;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code library solr}: the SolrCloud commands; alone, it says which there are. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "SolrCloud, for a library that outgrows one machine.",
        subcommands = {SolrStartCommand.class, SolrInitCommand.class, SolrImportCommand.class})
public final class SolrCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
