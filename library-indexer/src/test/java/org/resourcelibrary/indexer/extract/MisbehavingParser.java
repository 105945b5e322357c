package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A Tika parser on the test classpath only (registered in META-INF/services, its files recognised by
 * {@link MisbehavingDetector}) that misbehaves as a {@code *.misbehave} file tells it to: {@code hang} loops
 * forever, {@code crash} kills the JVM, {@code oom} exhausts the heap. The worker JVM started by a test
 * inherits the test classpath, so it finds this parser; production classpaths never contain it.
 */
public final class MisbehavingParser implements Parser {

    private static final long serialVersionUID = 1L;
    static final MediaType TYPE = MediaType.application("x-resourcelibrary-misbehaving");
    private static final int CRASH_EXIT_CODE = 42;
    private static final int CHUNK_LONGS = 1 << 20;
    private static final long HANG_NAP_MILLIS = 1_000;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException {
        String order = new String(stream.readAllBytes(), StandardCharsets.UTF_8).trim();
        switch (order) {
            case "hang" -> hang();
            case "crash" -> Runtime.getRuntime().halt(CRASH_EXIT_CODE);
            case "oom" -> exhaustHeap();
            default -> throw new IOException("unknown order: " + order);
        }
    }

    private static void hang() {
        while (true) {
            try {
                Thread.sleep(HANG_NAP_MILLIS);
            } catch (InterruptedException e) {
                // A hung parser ignores interruption too.
            }
        }
    }

    private static void exhaustHeap() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[CHUNK_LONGS]);
        }
    }
}
