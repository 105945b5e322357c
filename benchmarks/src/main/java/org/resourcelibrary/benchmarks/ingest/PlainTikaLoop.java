package org.resourcelibrary.benchmarks.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor anyone gets for free: Tika's {@link AutoDetectParser} with its default configuration, one file after
 * the other on one thread in this JVM, the text kept in memory and dropped. A file that fails is counted and the
 * loop goes on.
 */
public final class PlainTikaLoop {

    /** No cap on the text read (the handler's default is 100,000 characters). */
    private static final int UNLIMITED = -1;

    private final AutoDetectParser parser = new AutoDetectParser();

    /** What a pass over the files did. */
    public record Pass(int files, int failed, long chars, double seconds) {
    }

    /** Parses every file in order. */
    public Pass run(List<Path> files) {
        long started = System.nanoTime();
        int failed = 0;
        long chars = 0;
        for (Path file : files) {
            BodyContentHandler text = new BodyContentHandler(UNLIMITED);
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser);
            try (InputStream in = TikaInputStream.get(file)) {
                parser.parse(in, text, new Metadata(), context);
                chars += text.toString().length();
            } catch (Exception | LinkageError e) {
                failed++;
            }
        }
        return new Pass(files.size(), failed, chars, (System.nanoTime() - started) / 1e9);
    }
}
