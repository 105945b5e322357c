package org.resourcelibrary.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.changes.Tombstones;
import org.resourcelibrary.core.schema.FieldValues;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * Resources as Solr documents of the generated schema and back: the same fields, with the same values, as the
 * embedded index makes (text neutral and in the document's language, the summary text, the body with its page
 * offsets, the sort keys, every dimension's values and keywords), the derived ones from {@link FieldValues}.
 */
final class SolrDocuments {

    private final ObjectMapper json = Json.mapper();
    private final Vocabulary vocabulary;

    SolrDocuments(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The Solr document of {@code content}, last changed at {@code changedMillis}. */
    SolrInputDocument document(ResourceContent content, long changedMillis) {
        Resource resource = content.resource();
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(Schema.ID, resource.id());
        doc.addField(SolrFields.CHANGE_ID, resource.id());
        doc.addField(Schema.RESOURCE, toJson(resource));
        if (resource.sha256() != null) {
            doc.addField(Schema.SHA256, resource.sha256());
        }
        Set<String> sources = new LinkedHashSet<>();
        for (SourceRef ref : resource.sources()) {
            sources.add(ref.source());
        }
        sources.forEach(source -> doc.addField(Schema.SOURCE, source));
        if (resource.work() != null) {
            doc.addField(Schema.WORK, resource.work());
        }
        doc.addField(SolrFields.WORK_KEY, SolrFields.workKey(resource));
        String language = resource.language();
        text(doc, Schema.TITLE, resource.title(), language);
        text(doc, Schema.SUMMARY, FieldValues.summaryText(resource), language);
        text(doc, Schema.BODY, String.join(Schema.PAGE_SEPARATOR, content.pages()), language);
        int offset = 0;
        for (String page : content.pages()) {
            doc.addField(Schema.PAGE_OFFSETS, offset);
            offset += page.length() + Schema.PAGE_SEPARATOR.length();
        }
        doc.addField(Schema.TITLE_SORT, FieldValues.titleSortKey(resource));
        if (resource.added() != null) {
            doc.addField(Schema.ADDED, resource.added().toEpochMilli());
        }
        doc.addField(Schema.CHANGED, changedMillis);
        dimensions(doc, resource);
        return doc;
    }

    /**
     * The tombstone of a document deleted at {@code deletedMillis}: what {@link Tombstones#kept} keeps of it, and
     * the values of the sets it was in.
     */
    SolrInputDocument tombstone(Resource resource, long deletedMillis) {
        Resource kept = Tombstones.kept(resource);
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(Schema.ID, SolrFields.tombstoneId(kept.id()));
        doc.addField(SolrFields.TOMBSTONE_OF, kept.id());
        // Routed by its own id, as it was before works were: deleted by id alone, it is found where it lies.
        doc.addField(SolrFields.WORK_KEY, SolrFields.tombstoneId(kept.id()));
        doc.addField(SolrFields.CHANGE_ID, kept.id());
        doc.addField(Schema.RESOURCE, toJson(kept));
        doc.addField(Schema.CHANGED, deletedMillis);
        dimensions(doc, kept);
        return doc;
    }

    /** The resource stored in a document. */
    Resource resource(SolrDocument doc) {
        try {
            return json.readValue((String) doc.getFirstValue(Schema.RESOURCE), Resource.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored resource is not readable", e);
        }
    }

    /** The pages of a document's stored text (one page when it has no offsets). */
    static List<String> pages(SolrDocument doc) {
        String body = (String) doc.getFirstValue(Schema.BODY);
        return body == null ? List.of() : FieldValues.pages(body, offsets(doc));
    }

    /** Start offset of each page in the stored body. */
    static int[] offsets(SolrDocument doc) {
        Collection<Object> values = doc.getFieldValues(Schema.PAGE_OFFSETS);
        if (values == null || values.isEmpty()) {
            return new int[] {0};
        }
        return values.stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }

    /** Every dimension's values and keywords; a hierarchy's values from its children's, with "parent/child" pairs. */
    private void dimensions(SolrInputDocument doc, Resource resource) {
        for (Dimension dimension : Dimension.values()) {
            if (dimension.hierarchical()) {
                Set<String> parents = new LinkedHashSet<>();
                for (String child : dimension.over().valuesOf(resource)) {
                    vocabulary.regionOf(child).ifPresent(parent -> {
                        parents.add(parent);
                        doc.addField(SolrFields.childPairs(dimension), parent + SolrFields.PAIR_SEPARATOR + child);
                    });
                }
                parents.forEach(parent -> value(doc, dimension, parent));
            } else {
                dimension.valuesOf(resource).forEach(value -> value(doc, dimension, value));
            }
        }
    }

    private static void value(SolrInputDocument doc, Dimension dimension, String value) {
        doc.addField(dimension.param(), dimension == Dimension.YEAR ? Integer.valueOf(value) : value);
        doc.addField(Schema.keywordField(dimension), value.toLowerCase(Locale.ROOT));
    }

    private static void text(SolrInputDocument doc, String field, String text, String language) {
        if (text == null || text.isBlank()) {
            return;
        }
        doc.addField(field, text);
        if (Analysis.analysed(language)) {
            doc.addField(Schema.languageField(field, language), text);
        }
    }

    private String toJson(Resource resource) {
        try {
            return json.writeValueAsString(resource);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resource is always serialisable", e);
        }
    }
}
