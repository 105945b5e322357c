package org.resourcelibrary.solr.configset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.search.query.Ranking;

/**
 * The Solr configset of the library, generated (never hand-copied) from library-core's schema: the schema
 * ({@link SchemaXml}), the core's settings ({@link SolrConfigXml}) and the word lists the analysis chains name,
 * taken from the very files Lucene's analyzers load. Its {@link #name()} carries a fingerprint of its content, so a
 * collection made with another version of it is told apart ({@code library solr init} refuses it).
 */
public final class Configset {

    /** The schema file, as {@code ManagedIndexSchemaFactory} (not mutable) reads it. */
    public static final String SCHEMA_FILE = "managed-schema.xml";
    public static final String CONFIG_FILE = "solrconfig.xml";
    /** French articles the elision filter removes ({@code l'}, {@code d'}...). */
    static final String ELISIONS_FR = "contractions_fr.txt";
    /** Configset names start with this, then the fingerprint. */
    public static final String NAME_PREFIX = "library-";
    /** Hex digits of the content's SHA-256 kept in the name: enough to tell versions apart. */
    private static final int FINGERPRINT_DIGITS = 12;
    /** Lucene's Snowball stop-word file of each language with its own analysis. */
    private static final Map<String, String> SNOWBALL_STOP_WORDS = Map.of(
            "en", "english_stop.txt", "fr", "french_stop.txt", "es", "spanish_stop.txt", "pt", "portuguese_stop.txt");

    private final Map<String, byte[]> files;

    private Configset(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The configset of this build of the library, with the ranking's BM25 parameters. */
    public static Configset generate(Ranking ranking) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(SCHEMA_FILE, SchemaXml.generate(ranking).getBytes(StandardCharsets.UTF_8));
        files.put(CONFIG_FILE, SolrConfigXml.generate().getBytes(StandardCharsets.UTF_8));
        for (String language : Analysis.LANGUAGES) {
            files.put(stopWords(language), luceneResource(SNOWBALL_STOP_WORDS.get(language)));
        }
        List<String> articles = new ArrayList<>();
        for (Object article : FrenchAnalyzer.DEFAULT_ARTICLES) {
            articles.add(new String((char[]) article));
        }
        articles.sort(null);
        files.put(ELISIONS_FR, (String.join("\n", articles) + "\n").getBytes(StandardCharsets.UTF_8));
        return new Configset(Map.copyOf(files));
    }

    /** The stop-word file of a language's analysis chain. */
    static String stopWords(String language) {
        return "stop_" + language + ".txt";
    }

    /** File name → content. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The file's content as text. */
    public String text(String file) {
        byte[] content = files.get(file);
        if (content == null) {
            throw new IllegalArgumentException("the configset has no file " + file);
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** {@code library-} and the first digits of the SHA-256 of every file's name and content. */
    public String name() {
        return NAME_PREFIX + fingerprint();
    }

    /** The first digits of the SHA-256 of every file's name and content, in name order. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, FINGERPRINT_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Writes the files into {@code dir} (created if need be), as Solr's configset upload takes them. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }

    private static byte[] luceneResource(String name) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading Lucene's " + name + " failed", e);
        }
    }
}
