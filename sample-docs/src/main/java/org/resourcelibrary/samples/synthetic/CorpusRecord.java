package org.resourcelibrary.samples.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;

/**
 * One synthetic document: its metadata in codes and its text page by page (paragraphs separated by blank
 * lines). This is also the shape of a JSONL line.
 */
public record CorpusRecord(String id, String title, String language, List<String> countries, List<String> topics,
                           String type, int year, String organization, List<String> pages) {

    /** The source recorded for synthetic resources. */
    public static final String SOURCE = "synthetic";
    public static final String MEDIA_TYPE = "text/plain";
    /** Joins pages into the text whose SHA-256 identifies the record. */
    public static final String PAGE_SEPARATOR = "\f";
    private static final int DAYS_IN_YEAR = 365;
    public CorpusRecord {
        countries = List.copyOf(countries);
        topics = List.copyOf(topics);
        pages = List.copyOf(pages);
    }

    /** The record as the indexer takes it: metadata as if from a manifest, the text already extracted. */
    public ResourceContent toResourceContent() {
        String text = String.join(PAGE_SEPARATOR, pages);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String fileName = id + ".txt";
        Instant when = LocalDate.ofYearDay(year, 1 + Math.floorMod(id.hashCode(), DAYS_IN_YEAR))
                .atTime(12, 0).toInstant(ZoneOffset.UTC);
        Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);
        values.put(MetadataField.TITLE, title);
        values.put(MetadataField.COUNTRIES, countries);
        values.put(MetadataField.TOPICS, topics);
        values.put(MetadataField.TYPE, type);
        values.put(MetadataField.LANGUAGE, language);
        values.put(MetadataField.YEAR, year);
        values.put(MetadataField.ORGANIZATION, organization);
        Map<MetadataField, FieldSource> provenance = new EnumMap<>(MetadataField.class);
        values.keySet().forEach(field -> provenance.put(field, FieldSource.MANIFEST));
        Metadata metadata = Metadata.of(values);
        Resource resource = Resource.of(id, metadata).withMetadata(metadata, provenance)
                .withFile(fileName, MEDIA_TYPE, bytes.length, sha256(bytes))
                .withSources(List.of(new SourceRef(SOURCE, fileName, bytes.length, when.toEpochMilli())))
                .withTimes(when, when)
                .withExtraction(new Extraction(MEDIA_TYPE, text.length(), pages.size(), false, OcrStatus.NONE,
                        Map.of()));
        return new ResourceContent(resource, pages);
    }

    /** Characters of text over all pages. */
    public long chars() {
        return pages.stream().mapToLong(String::length).sum();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
