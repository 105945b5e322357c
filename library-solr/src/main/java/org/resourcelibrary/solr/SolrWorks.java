package org.resourcelibrary.solr;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * One hit per work on SolrCloud, as the embedded index shows them: a search collapses the documents it matched on
 * their {@link SolrFields#WORK_KEY} (a work's editions share a shard, {@link WorkRouting}, so collapsing and counting
 * works is exact), each work placed where its best-ranked edition ranks by the search's own order; its hits are
 * works, so pages and cursors page through works and the number found is the number of works. The facets and the
 * total count documents: they leave the collapse out (it is tagged). A work whose best-ranked edition is not in the
 * member's language shows the edition in that language when one matched ({@link #preferred}), and every hit lists
 * the other editions of its work.
 *
 * <p>Solr picks a work's placing edition before a cursor's position is applied, so a work placed on an earlier page
 * is not shown again, as in the embedded index.
 */
final class SolrWorks {

    /** The tag of the collapse filter, which the facets and the document count leave out. */
    static final String TAG = "works";
    /** The JSON facet counting the documents matched, every edition. */
    static final String DOCUMENTS = "documents";

    private SolrWorks() {
    }

    /** {@code solr} with its documents collapsed to one per work: the first in {@code sort}'s order. */
    static SolrQuery collapsed(SolrQuery solr, Sort sort) {
        String order = SolrRequests.sort(sort).stream().map(c -> c.getItem() + " " + c.getOrder())
                .collect(Collectors.joining(","));
        solr.addFilterQuery("{!collapse tag=" + TAG + " field=" + SolrFields.WORK_KEY + " sort='" + order + "'}");
        return solr;
    }

    /** The JSON facet counting every document a search matched, editions of a work each counted. */
    static Map<String, Object> documentsFacet() {
        return Map.of("type", "query", "q", "*:*", "domain", Map.of("excludeTags", TAG));
    }

    /**
     * How many documents a search matched, from its {@code facets} section; without it (a search cut short by its
     * time budget may answer none), the {@code works} it found, each at least one document, not a total of 0 beside
     * hits.
     */
    static long documents(NamedList<?> facets, long works) {
        if (facets != null && facets.get(DOCUMENTS) instanceof NamedList<?> documents
                && documents.get("count") instanceof Number count) {
            return count.longValue();
        }
        return works;
    }

    /**
     * {@code solr} (the search, without facets) asked for the best-ranked edition in {@code language} of each of
     * {@code works}: what a page shows for a work its member reads in that language.
     */
    static SolrQuery preferred(SolrQuery solr, Sort sort, Collection<String> works, String language) {
        solr.remove("json.facet");
        solr.remove(CursorMarkParams.CURSOR_MARK_PARAM);
        solr.setStart(0);
        solr.setRows(works.size());
        solr.addFilterQuery(works.stream().map(work -> SolrQueryText.term(SolrFields.WORK_KEY, work))
                .collect(Collectors.joining(" OR ")));
        solr.addFilterQuery(SolrQueryText.term(Dimension.LANGUAGE.param(), language));
        return collapsed(solr, sort);
    }

    /** The filter matching every edition of {@code resources}' works (null: none has a work). */
    static String editionsFilter(Collection<Resource> resources) {
        Set<String> works = new LinkedHashSet<>();
        resources.stream().filter(r -> r.work() != null).forEach(r -> works.add(r.work()));
        return works.isEmpty() ? null : works.stream().map(work -> SolrQueryText.term(Schema.WORK, work))
                .collect(Collectors.joining(" OR "));
    }
}
