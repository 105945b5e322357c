package org.resourcelibrary.core.lucene;

import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.FieldValues;
import org.resourcelibrary.core.schema.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Turns resources into Lucene documents and back, following {@link Schema}. */
public final class DocumentMapper {

    /** Body text: positions for phrases and offsets so snippets need no re-analysis of long texts. */
    private static final FieldType BODY_TYPE = bodyType(false);
    private static final FieldType STORED_BODY_TYPE = bodyType(true);
    /** Pairs of words: which documents have them is all a phrase asks (no frequencies, positions or lengths). */
    private static final FieldType PAIRS_TYPE = pairsType();

    private final ObjectMapper json = Json.mapper();
    private final Vocabulary vocabulary;

    public DocumentMapper(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The Lucene document for a resource, facets not yet built (see {@code FacetsConfig.build}). */
    public Document toDocument(ResourceContent content) {
        Resource resource = content.resource();
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, resource.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(resource.id())));
        doc.add(new StoredField(Schema.RESOURCE, new BytesRef(toJson(resource))));
        if (resource.sha256() != null) {
            doc.add(new StringField(Schema.SHA256, resource.sha256(), Field.Store.NO));
        }
        for (String source : sources(resource)) {
            doc.add(new StringField(Schema.SOURCE, source, Field.Store.NO));
        }

        String language = resource.language();
        addText(doc, Schema.TITLE, resource.title(), language);
        addText(doc, Schema.SUMMARY, FieldValues.summaryText(resource), language);
        String body = String.join(Schema.PAGE_SEPARATOR, content.pages());
        doc.add(new Field(Schema.BODY, body, STORED_BODY_TYPE));
        doc.add(new Field(Schema.pairsField(Schema.BODY), body, PAIRS_TYPE));
        if (Analysis.analysed(language)) {
            String languageBody = Schema.languageField(Schema.BODY, language);
            doc.add(new Field(languageBody, body, BODY_TYPE));
            doc.add(new Field(Schema.pairsField(languageBody), body, PAIRS_TYPE));
        }
        doc.add(new StoredField(Schema.PAGE_OFFSETS, encodeOffsets(content.pages())));

        doc.add(new SortedDocValuesField(Schema.TITLE_SORT, new BytesRef(FieldValues.titleSortKey(resource))));
        if (resource.year() != null) {
            doc.add(new IntPoint(Schema.YEAR, resource.year()));
            doc.add(new NumericDocValuesField(Schema.YEAR, resource.year()));
        }
        if (resource.added() != null) {
            doc.add(new NumericDocValuesField(Schema.ADDED, resource.added().toEpochMilli()));
        }
        if (resource.work() != null) {
            doc.add(new StringField(Schema.WORK, resource.work(), Field.Store.NO));
            doc.add(new SortedDocValuesField(Schema.WORK, new BytesRef(resource.work())));
        }
        addFacets(doc, resource);
        return doc;
    }

    /** The resource stored in a document. */
    public Resource toResource(Document doc) {
        BytesRef bytes = doc.getBinaryValue(Schema.RESOURCE);
        try {
            return json.readValue(bytes.bytes, bytes.offset, bytes.length, Resource.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored resource is not readable", e);
        }
    }

    /** The pages of a stored document's text. */
    public static List<String> pages(Document doc) {
        String body = doc.get(Schema.BODY);
        if (body == null) {
            return List.of();
        }
        return FieldValues.pages(body, offsets(doc));
    }

    /** Start offset of each page in the stored body. */
    public static int[] offsets(Document doc) {
        BytesRef bytes = doc.getBinaryValue(Schema.PAGE_OFFSETS);
        if (bytes == null || bytes.length < Integer.BYTES) {
            return new int[] {0};
        }
        IntBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer();
        int[] offsets = new int[buffer.remaining()];
        buffer.get(offsets);
        return offsets;
    }

    private static BytesRef encodeOffsets(List<String> pages) {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES * Math.max(1, pages.size()));
        int offset = 0;
        for (String page : pages) {
            buffer.putInt(offset);
            offset += page.length() + Schema.PAGE_SEPARATOR.length();
        }
        return new BytesRef(buffer.array());
    }

    /**
     * Every dimension's values as facets and keywords. A hierarchical dimension's values are those above the
     * values of the dimension it groups (a country's region), each with its path to that value.
     */
    private void addFacets(Document doc, Resource resource) {
        for (Dimension dimension : Dimension.values()) {
            if (dimension.hierarchical()) {
                for (String child : dimension.over().valuesOf(resource)) {
                    vocabulary.regionOf(child).ifPresent(parent -> {
                        doc.add(new SortedSetDocValuesFacetField(dimension.param(), parent, child));
                        keyword(doc, dimension, parent);
                    });
                }
            } else {
                for (String value : dimension.valuesOf(resource)) {
                    facet(doc, dimension, value);
                }
            }
        }
    }

    private static void facet(Document doc, Dimension dimension, String value) {
        doc.add(new SortedSetDocValuesFacetField(dimension.param(), value));
        keyword(doc, dimension, value);
    }

    /**
     * Facet values are also keywords, lower-cased, for {@code country:zm}-style queries; a search with several
     * selections also reads the selected values' keywords to skip documents failing two of them.
     */
    private static void keyword(Document doc, Dimension dimension, String value) {
        doc.add(new StringField(Schema.keywordField(dimension), value.toLowerCase(Locale.ROOT), Field.Store.NO));
    }

    private static void addText(Document doc, String field, String text, String language) {
        if (text == null || text.isBlank()) {
            return;
        }
        doc.add(new TextField(field, text, Field.Store.NO));
        if (Analysis.analysed(language)) {
            doc.add(new TextField(Schema.languageField(field, language), text, Field.Store.NO));
        }
    }

    private static Set<String> sources(Resource resource) {
        Set<String> sources = new LinkedHashSet<>();
        for (SourceRef ref : resource.sources()) {
            sources.add(ref.source());
        }
        return sources;
    }

    private byte[] toJson(Resource resource) {
        try {
            return json.writeValueAsString(resource).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resource is always serialisable", e);
        }
    }

    private static FieldType pairsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType bodyType(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setStored(stored);
        type.freeze();
        return type;
    }
}
