package org.resourcelibrary.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * The list of changes on SolrCloud, as the embedded index lists them: live documents by their {@link Schema#CHANGED}
 * stamp and deleted ones by their tombstone (a document of the collection that searches never see), in datestamp
 * then id order, a page resuming after a position (a place, not an offset, so that documents changing meanwhile
 * never shift or repeat a page). A document written again loses its tombstone in the same update, so every
 * tombstone is of a document the library does not have.
 */
final class SolrChanges {

    private final SolrDocuments documents;
    /** Runs a query on the list of changes' handler: the query and what it is for (to say what failed). */
    private final BiFunction<SolrQuery, String, QueryResponse> query;

    SolrChanges(SolrDocuments documents, BiFunction<SolrQuery, String, QueryResponse> query) {
        this.documents = documents;
        this.query = query;
    }

    ChangePage page(ChangeRequest request) {
        SolrQuery total = listed(request).setRows(0);
        SolrQuery page = listed(request).setRows(request.count() + 1)
                .setFields(Schema.RESOURCE, Schema.CHANGED, SolrFields.TOMBSTONE_OF)
                .addSort(SolrQuery.SortClause.asc(Schema.CHANGED)).addSort(SolrQuery.SortClause.asc(SolrFields.CHANGE_ID));
        if (request.after() != null) {
            long at = request.after().datestampMillis();
            page.addFilterQuery(String.format(Locale.ROOT, "%s:{%d TO *] OR (%s:%d AND %s:{%s TO *])", Schema.CHANGED,
                    at, Schema.CHANGED, at, SolrFields.CHANGE_ID, SolrQueryText.quoted(request.after().id())));
        }
        List<Change> changes = new ArrayList<>();
        for (SolrDocument doc : query.apply(page, "listing changes").getResults()) {
            changes.add(change(doc));
        }
        boolean more = changes.size() > request.count();
        return new ChangePage(more ? changes.subList(0, request.count()) : changes,
                query.apply(total, "counting changes").getResults().getNumFound(), more);
    }

    /** The document as it is, or its tombstone; empty when the library never had it. */
    Optional<Change> change(String id) {
        SolrQuery query = new SolrQuery("*:*").addFilterQuery(SolrQueryText.term(SolrFields.CHANGE_ID, id))
                .setFields(Schema.RESOURCE, Schema.CHANGED, SolrFields.TOMBSTONE_OF).setRows(2);
        query.setRequestHandler(SolrFields.CHANGES_HANDLER);
        // The document over its tombstone, should a crash have left both.
        return this.query.apply(query, "reading the change of " + id).getResults().stream().map(this::change)
                .min(java.util.Comparator.comparing(Change::deleted));
    }

    /** The change a document or tombstone of the collection stands for. */
    Change change(SolrDocument doc) {
        var resource = documents.resource(doc);
        Instant datestamp = Instant.ofEpochMilli(((Number) doc.getFirstValue(Schema.CHANGED)).longValue());
        return new Change(resource.id(), datestamp, resource, doc.getFirstValue(SolrFields.TOMBSTONE_OF) != null);
    }

    /** Documents and tombstones within the request's bounds and set. */
    private static SolrQuery listed(ChangeRequest request) {
        SolrQuery query = new SolrQuery("*:*");
        query.setRequestHandler(SolrFields.CHANGES_HANDLER);
        query.addFilterQuery(String.format(Locale.ROOT, "%s:[%s TO %s]", Schema.CHANGED,
                request.from() == null ? "*" : Long.toString(request.from().toEpochMilli()),
                request.until() == null ? "*" : Long.toString(request.until().toEpochMilli())));
        if (request.dimension() != null) {
            String field = Schema.keywordField(request.dimension());
            query.addFilterQuery(request.value() == null ? field + ":[* TO *]"
                    : SolrQueryText.term(field, request.value().toLowerCase(Locale.ROOT)));
        }
        return query;
    }
}
