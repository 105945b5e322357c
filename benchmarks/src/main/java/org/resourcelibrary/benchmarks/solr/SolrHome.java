package org.resourcelibrary.benchmarks.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * A Solr home with the comparison core ({@value #CORE}): {@code solr.xml}, the core's config and schema, and the
 * word lists our analysis uses, copied from Lucene itself (Snowball's stop words, French elisions) so that both
 * engines drop and fold exactly the same words.
 */
public final class SolrHome {

    public static final String CORE = "library";
    private static final String RESOURCES = "/org/resourcelibrary/benchmarks/solr/";
    /** Stop-word files of the schema, from the Snowball lists our analyzers load. */
    private static final Map<String, String> STOP_WORDS = Map.of(
            "stop_en.txt", "english_stop.txt",
            "stop_fr.txt", "french_stop.txt",
            "stop_es.txt", "spanish_stop.txt",
            "stop_pt.txt", "portuguese_stop.txt");

    private SolrHome() {
    }

    /** Writes (or rewrites) the configuration under {@code home}; an index already there is kept. */
    public static void write(Path home) throws IOException {
        Path conf = home.resolve(CORE).resolve("conf");
        Files.createDirectories(conf);
        copy(RESOURCES + "solr.xml", home.resolve("solr.xml"));
        copy(RESOURCES + "solrconfig.xml", conf.resolve("solrconfig.xml"));
        copy(RESOURCES + "schema.xml", conf.resolve("schema.xml"));
        for (Map.Entry<String, String> list : STOP_WORDS.entrySet()) {
            try (InputStream in = SnowballFilter.class.getResourceAsStream(list.getValue())) {
                if (in == null) {
                    throw new IllegalStateException("Lucene's " + list.getValue() + " is missing");
                }
                Files.copy(in, conf.resolve(list.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> articles = new ArrayList<>();
        for (Object article : FrenchAnalyzer.DEFAULT_ARTICLES) {
            articles.add(new String((char[]) article));
        }
        Files.write(conf.resolve("contractions_fr.txt"), articles);
        Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n");
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = SolrHome.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
