package org.resourcelibrary.benchmarks.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.solr.configset.Configset;

/**
 * A Solr home with the comparison core ({@value #CORE}): {@code solr.xml}, and as the core's configuration the
 * library's own generated configset ({@link Configset}: the schema, analysis chains, word lists and settings
 * {@code library solr init} uploads to SolrCloud), so that plain Solr and both library backends index the same
 * fields with the same analysis.
 */
public final class SolrHome {

    public static final String CORE = "library";
    private static final String RESOURCES = "/org/resourcelibrary/benchmarks/solr/";

    private SolrHome() {
    }

    /**
     * Writes (or rewrites) the configuration under {@code home}; an index already there is kept. An index made with
     * another configset is not: its directory is named by the configset's fingerprint.
     */
    public static void write(Path home) throws IOException {
        Path core = home.resolve(CORE);
        Configset configset = Configset.generate(Ranking.DEFAULT);
        configset.write(core.resolve("conf"));
        try (InputStream in = SolrHome.class.getResourceAsStream(RESOURCES + "solr.xml")) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCES + "solr.xml is missing");
            }
            Files.copy(in, home.resolve("solr.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\nconfig=" + Configset.CONFIG_FILE
                + "\ndataDir=data-" + configset.fingerprint() + "\n");
    }
}
