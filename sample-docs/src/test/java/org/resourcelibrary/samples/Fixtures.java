package org.resourcelibrary.samples;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;
import org.resourcelibrary.samples.source.SourceException;
import org.resourcelibrary.samples.source.SourceParser;

/** The test sources under {@code src/test/resources/sources}: one small document per format. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path sources() {
        try {
            return Path.of(Fixtures.class.getResource("/sources").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parsed fixture of a format. */
    public static SourceDocument of(Format format) {
        try (Stream<Path> files = Files.list(sources())) {
            SourceParser parser = new SourceParser(Vocabulary.standard());
            for (Path file : files.sorted().toList()) {
                SourceDocument document = parser.parse(file);
                if (document.metadata().format() == format) {
                    return document;
                }
            }
        } catch (IOException | SourceException e) {
            throw new IllegalStateException("fixture sources are broken", e);
        }
        throw new IllegalStateException("no fixture for format " + format);
    }

    /** The records of a CSV file with a header row (RFC 4180, UTF-8). */
    public static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** The sample-docs module folder (Surefire runs tests there; from the repository root, its child). */
    public static Path moduleDir() {
        Path dir = Path.of("").toAbsolutePath();
        return Files.isDirectory(dir.resolve("src/content")) ? dir : dir.resolve("sample-docs");
    }
}
