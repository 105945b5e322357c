package org.resourcelibrary.indexer.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.ExtractedText;

/**
 * The sources of the sample library ({@code sample-docs/src/content/NN-*.txt}) read as inference samples:
 * the header is the truth, the body the text, split in pages the way Tika splits the rendered file (PDF
 * pages and slides; word-processing, HTML, text and spreadsheets as one), markup stripped, and the
 * {@code props.*} lines turned into the metadata keys Tika reports for that format.
 */
final class SampleSources {

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "scanned-pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "rtf", "application/rtf",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "html", "text/html; charset=UTF-8",
            "txt", "text/plain; charset=UTF-8");

    private SampleSources() {
    }

    /** The sample library's source folder, found from the repository root. */
    static Path contentFolder() {
        Path dir = Path.of("").toAbsolutePath();
        Path root = dir;
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                root = dir;
            }
            dir = dir.getParent();
        }
        return root.resolve("sample-docs/src/content");
    }

    static List<InferenceEvaluation.Sample> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<InferenceEvaluation.Sample> samples = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d+-.*\\.txt")).sorted().toList()) {
                samples.add(sample(Files.readString(file, StandardCharsets.UTF_8)));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InferenceEvaluation.Sample sample(String source) {
        int separator = source.indexOf("\n---\n");
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : source.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String format = header.get("format");
        boolean paged = format.endsWith("pdf") || format.equals("pptx");
        List<String> pages = pages(source.substring(separator + 5), paged);
        Metadata truth = Metadata.NONE.with(MetadataField.TITLE, header.get("title"))
                .with(MetadataField.COUNTRIES, codes(header.get("countries")))
                .with(MetadataField.TOPICS, codes(header.get("topics"))).with(MetadataField.TYPE, header.get("type"))
                .with(MetadataField.LANGUAGE, header.get("language"))
                .with(MetadataField.YEAR, Integer.valueOf(header.get("year")))
                .with(MetadataField.ORGANIZATION, header.get("organization"));
        ExtractedText text = new ExtractedText(null, MEDIA_TYPES.get(format), pages, paged, metadata(header, format),
                false, null);
        return new InferenceEvaluation.Sample(header.get("file"), text, truth);
    }

    private static List<String> codes(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split("\\s*;\\s*"));
    }

    private static List<String> pages(String body, boolean paged) {
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.equals("=== page ===") || trimmed.equals("=== slide ===")) {
                if (paged) {
                    if (!page.toString().isBlank()) {
                        pages.add(page.toString());
                    }
                    page.setLength(0);
                } else {
                    page.append('\n');
                }
            } else if (trimmed.startsWith("=== sheet:")) {
                page.append(trimmed, "=== sheet:".length(), trimmed.length() - "===".length()).append('\n');
            } else {
                page.append(text(trimmed)).append('\n');
            }
        }
        if (!page.toString().isBlank() || pages.isEmpty()) {
            pages.add(page.toString());
        }
        return pages;
    }

    /** One line without its markup, table cells separated by tabs as Tika writes them. */
    private static String text(String line) {
        if (line.startsWith("|") && line.endsWith("|") && line.length() > 1) {
            return String.join("\t", Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(String::strip).toList());
        }
        if (line.startsWith("> notes:")) {
            return line.substring("> notes:".length()).strip();
        }
        String text = line.replaceFirst("^#{1,3}\\s+", "").replaceFirst("^-\\s+", "");
        return text.contains(" | ") ? text.replace(" | ", "\t") : text;
    }

    private static Map<String, List<String>> metadata(Map<String, String> header, String format) {
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("Content-Type", List.of(MEDIA_TYPES.get(format)));
        boolean pdf = format.endsWith("pdf");
        put(metadata, header.get("props.title"), "dc:title", pdf ? "pdf:docinfo:title" : null);
        put(metadata, header.get("props.author"), "dc:creator", pdf ? "pdf:docinfo:creator" : null);
        String created = header.get("props.created");
        put(metadata, created == null ? null : created + "T00:00:00Z", "dcterms:created",
                pdf ? "pdf:docinfo:created" : null);
        String keywords = header.get("props.keywords");
        put(metadata, keywords, pdf ? "pdf:docinfo:keywords" : "meta:keyword", "dc:subject");
        return metadata;
    }

    private static void put(Map<String, List<String>> metadata, String value, String key, String alsoKey) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, List.of(value));
            if (alsoKey != null) {
                metadata.put(alsoKey, List.of(value));
            }
        }
    }
}
