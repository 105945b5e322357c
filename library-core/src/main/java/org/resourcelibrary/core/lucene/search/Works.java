package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.lucene.DocumentMapper;
import org.resourcelibrary.core.lucene.FacetOrdinals;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Edition;

/**
 * One hit per work: the ranked documents collapsed so that a work's editions (its translations) are one hit,
 * placed where its best-ranked edition ranks and showing the edition in the member's language when that one
 * matched too. A document without a work is a work of its own.
 *
 * <p>Collapsing runs on the ranked list the search already made (after rescoring), so relevance, sorting and
 * the drill-sideways counts are untouched; a page of works asks for more documents until it has its works or
 * every match. Paging by number or by relevance cursor counts works; a cursor of a sorted order points after
 * the last work's placing edition, and a work whose placing edition came before it was shown already.
 */
final class Works {

    /** A work as ranked: the edition that places it, the edition shown for it and its key (null: none). */
    record Group(ScoreDoc placing, ScoreDoc shown, String work) {
    }

    /** The ranked documents of a search, as many as asked for (fewer when fewer match). */
    interface Ranked {
        ScoreDoc[] top(int wanted) throws IOException;
    }

    /** A document's language, for choosing which edition to show. */
    interface Languages {
        String of(ScoreDoc doc) throws IOException;
    }

    /** Whether a work's edition placed it on an earlier page (it matched before a cursor's position). */
    interface ShownBefore {
        boolean test(Group group) throws IOException;
    }

    private Works() {
    }

    /** Whether any document of the snapshot has a work: without one, no hit has editions to collapse. */
    static boolean any(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(Schema.WORK) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The works from the {@code offset}-th on, at most {@code size} of them.
     *
     * @param preferred the member's language, whose edition is shown when it matched (null: the best-ranked)
     * @param shownBefore says which works earlier pages showed (null: no earlier page, or paging by offset)
     */
    static List<Group> page(IndexReader reader, Ranked ranked, int offset, int size, String preferred,
                            Languages languages, ShownBefore shownBefore) throws IOException {
        int wanted = offset + size;
        while (true) {
            ScoreDoc[] docs = ranked.top(wanted);
            List<Group> groups = collapse(reader, docs, preferred, languages);
            if (shownBefore != null) {
                List<Group> unseen = new ArrayList<>(groups.size());
                for (Group group : groups) {
                    if (group.work() == null || !shownBefore.test(group)) {
                        unseen.add(group);
                    }
                }
                groups = unseen;
            }
            boolean everyMatch = docs.length < wanted;
            if (groups.size() >= offset + size || everyMatch) {
                return groups.subList(Math.min(offset, groups.size()), Math.min(offset + size, groups.size()));
            }
            // Editions took the places of works: ask for as many more documents as are missing works, at least.
            wanted = (int) Math.min(Integer.MAX_VALUE - 1L, 2L * wanted);
        }
    }

    /** The works of {@code ranked}, in its order. */
    static List<Group> collapse(IndexReader reader, ScoreDoc[] ranked, String preferred, Languages languages)
            throws IOException {
        String[] works = works(reader, ranked);
        Map<Object, List<ScoreDoc>> byWork = new LinkedHashMap<>();
        for (int i = 0; i < ranked.length; i++) {
            // A document without a work is keyed by itself, so it is a group of one.
            Object key = works[i] == null ? ranked[i] : works[i];
            byWork.computeIfAbsent(key, k -> new ArrayList<>(1)).add(ranked[i]);
        }
        List<Group> groups = new ArrayList<>(byWork.size());
        for (Map.Entry<Object, List<ScoreDoc>> work : byWork.entrySet()) {
            List<ScoreDoc> editions = work.getValue();
            String key = work.getKey() instanceof String name ? name : null;
            groups.add(new Group(editions.get(0), shown(editions, preferred, languages), key));
        }
        return groups;
    }

    /** The edition in the preferred language, else the best-ranked. */
    private static ScoreDoc shown(List<ScoreDoc> editions, String preferred, Languages languages)
            throws IOException {
        if (editions.size() > 1 && preferred != null) {
            for (ScoreDoc edition : editions) {
                if (preferred.equals(languages.of(edition))) {
                    return edition;
                }
            }
        }
        return editions.get(0);
    }

    /**
     * The other editions of each resource's work (none for a work of its own), in the resources' order: one
     * pass over the documents of all their works, not a search (and a queue as large as the library) per hit.
     */
    static List<List<Edition>> editions(IndexSearcher searcher, DocumentMapper mapper, List<Resource> resources)
            throws IOException {
        Set<BytesRef> works = new TreeSet<>();
        for (Resource resource : resources) {
            if (resource.work() != null) {
                works.add(new BytesRef(resource.work()));
            }
        }
        List<Resource> editions = new ArrayList<>();
        if (!works.isEmpty()) {
            Weight weight = searcher.createWeight(searcher.rewrite(new TermInSetQuery(Schema.WORK, works)),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        editions.add(mapper.toResource(stored.document(doc, Set.of(Schema.RESOURCE))));
                    }
                }
            }
        }
        return Edition.othersOfEach(resources, editions);
    }

    /**
     * Documents' languages read from the facet values (the language is one of them), not from the stored
     * document; {@code stored} when the snapshot has no facet values.
     */
    static Languages languages(IndexReader reader, FacetOrdinals ordinals, Languages stored) {
        if (ordinals == null) {
            return stored;
        }
        int start = ordinals.start(Dimension.LANGUAGE);
        int end = ordinals.end(Dimension.LANGUAGE);
        List<LeafReaderContext> leaves = reader.leaves();
        return doc -> {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            FacetOrdinals.LeafValues values = ordinals.values(leaf);
            if (values.read(doc.doc - leaf.docBase)) {
                for (int i = 0; i < values.count(); i++) {
                    if (values.ord(i) >= start && values.ord(i) < end) {
                        return ordinals.label(values.ord(i));
                    }
                }
            }
            return null;
        };
    }

    /** Each ranked document's work (null when none), read leaf by leaf in document order. */
    private static String[] works(IndexReader reader, ScoreDoc[] ranked) throws IOException {
        String[] works = new String[ranked.length];
        Integer[] byDoc = new Integer[ranked.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> ranked[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int doc = ranked[i].doc;
            while (leaf < 0 || doc >= leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc()) {
                leaf++;
                values = DocValues.getSorted(leaves.get(leaf).reader(), Schema.WORK);
            }
            if (values.advanceExact(doc - leaves.get(leaf).docBase)) {
                works[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return works;
    }
}
