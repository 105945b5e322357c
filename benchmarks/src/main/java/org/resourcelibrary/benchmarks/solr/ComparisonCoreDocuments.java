package org.resourcelibrary.benchmarks.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.FieldValues;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A resource as a Solr document of the comparison schema, holding what our index holds: the text fields
 * language-neutral and, for a language with its own analysis, in that language's fields too; every facet value.
 */
public final class ComparisonCoreDocuments {

    private final Vocabulary vocabulary;

    public ComparisonCoreDocuments(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The Solr document (a JSON object's fields) of {@code content}. */
    public Map<String, Object> document(ResourceContent content) {
        Resource resource = content.resource();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", resource.id());
        String body = String.join(Schema.PAGE_SEPARATOR, content.pages());
        text(doc, Schema.TITLE, resource.title(), resource.language());
        text(doc, Schema.SUMMARY, FieldValues.summaryText(resource), resource.language());
        text(doc, Schema.BODY, body, resource.language());
        Set<String> regions = new LinkedHashSet<>();
        List<String> pairs = new ArrayList<>();
        for (String country : resource.countries()) {
            vocabulary.regionOf(country).ifPresent(region -> {
                regions.add(region);
                pairs.add(region + "/" + country);
            });
        }
        doc.put("country", resource.countries());
        doc.put("region", List.copyOf(regions));
        doc.put("region_country", pairs);
        doc.put("topic", resource.topics());
        putIfPresent(doc, "type", resource.type());
        putIfPresent(doc, "language", resource.language());
        for (Dimension dimension : Dimension.values()) {
            if (dimension.kind() == MetadataField.Kind.FREE) {
                putIfPresent(doc, dimension.param(), dimension.valuesOf(resource).stream().findFirst().orElse(null));
            }
        }
        putIfPresent(doc, "year", resource.year());
        putIfPresent(doc, "added", resource.added() == null ? null : resource.added().toEpochMilli());
        putIfPresent(doc, "fileName", resource.fileName());
        putIfPresent(doc, "mediaType", resource.mediaType());
        return doc;
    }

    private static void text(Map<String, Object> doc, String field, String text, String language) {
        if (text == null || text.isBlank()) {
            return;
        }
        doc.put(field, text);
        if (Analysis.analysed(language)) {
            doc.put(Schema.languageField(field, language), text);
        }
    }

    private static void putIfPresent(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
