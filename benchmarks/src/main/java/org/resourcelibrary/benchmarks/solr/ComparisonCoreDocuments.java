package org.resourcelibrary.benchmarks.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.schema.FieldValues;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * A resource as the JSON document {@link SolrLoader} sends to the comparison core: the fields of the library's
 * generated schema that the comparison's queries ({@link SolrQueries}) search, filter, count, sort and return: the
 * text fields language-neutral and, for a language with its own analysis, in that language's fields too; every
 * dimension's values with the region's "region/country" pairs; the stored resource. (Not the library's SolrCloud
 * documents: no keyword fields, sort keys or list-of-changes fields, which plain Solr's queries do not use.)
 */
public final class ComparisonCoreDocuments {

    private final Vocabulary vocabulary;

    public ComparisonCoreDocuments(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The document (a JSON object's fields) of {@code content}. */
    public Map<String, Object> document(ResourceContent content) {
        Resource resource = content.resource();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Schema.ID, resource.id());
        // Required by the generated schema, which SolrCloud routes by (plain Solr's queries do not use it).
        doc.put(SolrFields.WORK_KEY, SolrFields.workKey(resource));
        doc.put(Schema.RESOURCE, json(resource));
        String body = String.join(Schema.PAGE_SEPARATOR, content.pages());
        text(doc, Schema.TITLE, resource.title(), resource.language());
        text(doc, Schema.SUMMARY, FieldValues.summaryText(resource), resource.language());
        text(doc, Schema.BODY, body, resource.language());
        for (Dimension dimension : Dimension.values()) {
            if (dimension.hierarchical()) {
                hierarchy(doc, dimension, resource);
            } else {
                List<Object> values = new ArrayList<>();
                dimension.valuesOf(resource).forEach(v -> values.add(dimension == Dimension.YEAR ? Integer.valueOf(v) : v));
                if (!values.isEmpty()) {
                    doc.put(dimension.param(), dimension.multiValued() ? values : values.get(0));
                }
            }
        }
        if (resource.added() != null) {
            doc.put(Schema.ADDED, resource.added().toEpochMilli());
        }
        return doc;
    }

    /** A hierarchy's parents (regions) from its children's values (countries), and the "parent/child" pairs. */
    private void hierarchy(Map<String, Object> doc, Dimension dimension, Resource resource) {
        Set<String> parents = new LinkedHashSet<>();
        List<String> pairs = new ArrayList<>();
        for (String child : dimension.over().valuesOf(resource)) {
            vocabulary.regionOf(child).ifPresent(parent -> {
                parents.add(parent);
                pairs.add(parent + SolrFields.PAIR_SEPARATOR + child);
            });
        }
        doc.put(dimension.param(), List.copyOf(parents));
        doc.put(SolrFields.childPairs(dimension), pairs);
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

    private static String json(Resource resource) {
        try {
            return Json.mapper().writeValueAsString(resource);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resource is always serialisable", e);
        }
    }
}
