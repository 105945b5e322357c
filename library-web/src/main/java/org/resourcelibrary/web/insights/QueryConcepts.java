package org.resourcelibrary.web.insights;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.thesaurus.Concept;
import org.resourcelibrary.core.thesaurus.ConceptMatch;
import org.resourcelibrary.core.thesaurus.Label;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.analytics.SearchKey;

/**
 * What a recorded search is about, through the thesaurus in use: the concept its words name or come close to
 * (for a librarian to connect a query that found nothing), and the countries, regions, topics and languages it
 * names (by its filters or its words), which the gap map counts as demand.
 */
public final class QueryConcepts {

    /** Shorter words are too easily one typing mistake away from a label to be called close to it. */
    static final int MIN_CLOSE_LENGTH = 5;
    /** Most typing mistakes (letters added, dropped or changed) between a query and a label called close. */
    static final int MAX_EDITS = 2;
    /** The dimensions the gap map puts in its rows and columns. */
    public static final List<Dimension> MAPPED = List.of(Dimension.COUNTRY, Dimension.REGION, Dimension.TOPIC,
            Dimension.LANGUAGE);

    private final Vocabulary vocabulary;
    private final UserQueryParser parser;
    private final Supplier<Thesaurus> thesaurus;

    public QueryConcepts(Vocabulary vocabulary, Supplier<Thesaurus> thesaurus) {
        this.vocabulary = vocabulary;
        this.parser = new UserQueryParser(vocabulary);
        this.thesaurus = thesaurus;
    }

    /** The concept the words name, else the one with a label within {@link #MAX_EDITS} of them; else empty. */
    public Optional<Concept> nearest(String query) {
        if (query.isBlank()) {
            return Optional.empty();
        }
        Thesaurus current = thesaurus.get();
        List<ConceptMatch> named = named(current, query);
        if (!named.isEmpty()) {
            return Optional.of(named.get(0).concept());
        }
        String folded = Vocabulary.fold(query);
        if (folded.length() < MIN_CLOSE_LENGTH) {
            return Optional.empty();
        }
        Concept closest = null;
        int fewest = MAX_EDITS + 1;
        for (Concept concept : current.concepts()) {
            for (Label label : concept.labels()) {
                int edits = EditDistance.within(folded, Vocabulary.fold(label.text()), fewest - 1);
                if (edits < fewest) {
                    fewest = edits;
                    closest = concept;
                }
            }
        }
        return Optional.ofNullable(closest);
    }

    /**
     * The values of the gap map's dimensions a search names: its filters, the concepts its words name, the
     * regions of the countries it names, and as its language the one it filtered on or else the member's.
     */
    public Map<Dimension, Set<String>> named(SearchKey search) {
        Map<Dimension, Set<String>> named = new TreeMap<>();
        MAPPED.forEach(dimension -> named.put(dimension, new LinkedHashSet<>()));
        SearchParameters.decode(search.filters()).forEach((param, values) -> Dimension.fromParam(param)
                .filter(named::containsKey).ifPresent(dimension -> named.get(dimension).addAll(values)));
        for (ConceptMatch match : named(thesaurus.get(), search.query())) {
            match.concept().dimension().filter(named::containsKey)
                    .ifPresent(dimension -> named.get(dimension).add(match.concept().code()));
        }
        for (String country : List.copyOf(named.get(Dimension.COUNTRY))) {
            vocabulary.regionOf(country).ifPresent(named.get(Dimension.REGION)::add);
        }
        if (named.get(Dimension.LANGUAGE).isEmpty()) {
            named.get(Dimension.LANGUAGE).add(search.lang());
        }
        return named;
    }

    private List<ConceptMatch> named(Thesaurus current, String query) {
        if (query.isBlank()) {
            return List.of();
        }
        try {
            return new ArrayList<>(current.find(parser.parse(query)));
        } catch (InvalidRequestException e) {
            // Words the parser refuses today (kept from an older release) name nothing.
            return List.of();
        }
    }
}
