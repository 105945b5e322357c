package org.resourcelibrary.samples.manifest;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.resourcelibrary.samples.source.SampleMetadata;

/**
 * Writes the true metadata of every sample document, in codes, as RFC 4180 CSV, with the work key its editions
 * share (empty for a single document).
 */
public final class TruthWriter {

    public static final List<String> HEADER = List.of("file", "title", "countries", "topics", "type", "language",
            "year", "organization", "format", "in_manifest", ManifestWriter.WORK_COLUMN);

    public void write(Appendable out, List<SampleMetadata> documents) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (SampleMetadata d : documents) {
                csv.printRecord(d.file(), d.title(), ManifestWriter.join(d.countries(), UnaryOperator.identity()),
                        ManifestWriter.join(d.topics(), UnaryOperator.identity()), d.type(), d.language(), d.year(),
                        d.organization(), d.format().code(), d.inManifest() ? "yes" : "no", ManifestWriter.work(d.work()));
            }
        }
    }
}
