package org.resourcelibrary.core.lucene;

import org.resourcelibrary.core.schema.Schema;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.changes.Tombstones;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;

/**
 * The list of changes over the index and its tombstones: live documents by their {@link Schema#CHANGED} stamp,
 * deleted ones by their tombstone, merged in datestamp then id order. A page resumes after a position (Lucene's
 * search-after on those two sort values), so documents added or changed meanwhile never shift or repeat it.
 */
final class ChangeList {

    /** Datestamp then id: the order of the list, stable across index changes. */
    private static final Sort ORDER = new Sort(new SortField(Schema.CHANGED, SortField.Type.LONG),
            new SortField(Schema.ID, SortField.Type.STRING));

    private final DocumentMapper mapper;
    private final Tombstones tombstones;

    ChangeList(DocumentMapper mapper, Tombstones tombstones) {
        this.mapper = mapper;
        this.tombstones = tombstones;
    }

    /** The stamp fields of a document written now. */
    static void stamp(Document doc, Instant changed) {
        doc.add(new LongPoint(Schema.CHANGED, changed.toEpochMilli()));
        doc.add(new NumericDocValuesField(Schema.CHANGED, changed.toEpochMilli()));
    }

    ChangePage page(IndexSearcher searcher, ChangeRequest request) throws IOException {
        Query query = query(request);
        // The last document of the reader as the tie-break: ids are unique, so only the position's own
        // document has its sort values, and it is left out whatever its number.
        FieldDoc after = request.after() == null ? null : new FieldDoc(searcher.getIndexReader().maxDoc() - 1,
                Float.NaN, new Object[] {request.after().datestampMillis(), new BytesRef(request.after().id())});
        TopFieldDocs top = searcher.searchAfter(after, query, request.count() + 1, ORDER, false);
        List<Change> merged = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            merged.add(live(stored.document(hit.doc, Set.of(Schema.RESOURCE)), (FieldDoc) hit));
        }
        List<Change> deletions = deletions(searcher, request);
        long total = searcher.count(query) + deletions.size();
        for (Change deletion : deletions) {
            if (request.after() == null || deletion.position().compareTo(request.after()) > 0) {
                merged.add(deletion);
            }
        }
        merged.sort(Comparator.comparing(Change::position));
        boolean more = merged.size() > request.count();
        return new ChangePage(more ? merged.subList(0, request.count()) : merged, total, more);
    }

    /** The document as it is, or its latest tombstone; empty when the library never had it. */
    Optional<Change> change(IndexSearcher searcher, String id) throws IOException {
        TopFieldDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1, ORDER, false);
        if (top.scoreDocs.length > 0) {
            ScoreDoc hit = top.scoreDocs[0];
            return Optional.of(live(searcher.storedFields().document(hit.doc, Set.of(Schema.RESOURCE)),
                    (FieldDoc) hit));
        }
        return tombstones.all().stream().filter(change -> change.id().equals(id)).findFirst();
    }

    private Change live(Document doc, FieldDoc hit) {
        Resource resource = mapper.toResource(doc);
        Object stamp = hit.fields[0];
        return new Change(resource.id(), Instant.ofEpochMilli((Long) stamp), resource, false);
    }

    /** Tombstones within the request's bounds and set, of documents the library does not have (again). */
    private List<Change> deletions(IndexSearcher searcher, ChangeRequest request) throws IOException {
        List<Change> deletions = new ArrayList<>();
        for (Change deletion : tombstones.all()) {
            if (request.covers(deletion.datestamp().toEpochMilli()) && inSet(deletion.resource(), request)
                    && searcher.count(new TermQuery(new Term(Schema.ID, deletion.id()))) == 0) {
                deletions.add(deletion);
            }
        }
        return deletions;
    }

    private static Query query(ChangeRequest request) {
        long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
        long until = request.until() == null ? Long.MAX_VALUE : request.until().toEpochMilli();
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(Schema.CHANGED, from, until), BooleanClause.Occur.FILTER);
        if (request.dimension() != null) {
            String field = Schema.keywordField(request.dimension());
            query.add(request.value() == null ? new PrefixQuery(new Term(field, ""))
                    : new TermQuery(new Term(field, request.value().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** Whether a document is in the request's set, by the same rule as the index's keyword fields. */
    private static boolean inSet(Resource resource, ChangeRequest request) {
        if (request.dimension() == null) {
            return true;
        }
        List<String> values = values(resource, request.dimension());
        return request.value() == null ? !values.isEmpty()
                : values.stream().anyMatch(v -> v.equalsIgnoreCase(request.value()));
    }

    private static List<String> values(Resource resource, Dimension dimension) {
        if (dimension.field().isEmpty()) {
            throw new IllegalArgumentException("the list of changes has no sets by " + dimension.param());
        }
        return dimension.valuesOf(resource);
    }
}
