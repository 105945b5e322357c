package org.resourcelibrary.indexer.editions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Finds the editions a library's documents seem to have: the documents that may be editions of one work are
 * compared pair by pair ({@link EditionMatcher}), only within one organisation, and the pairs alike enough are
 * joined into groups of one document per language, the most alike first. Proposals a librarian dismissed are
 * left out; documents already grouped are never proposed.
 */
public final class EditionProposals {

    /** Documents read per page of the library's list. */
    static final int LIST_PAGE = 500;
    /** Pages of a document's text read for its traits: a translation shows itself early. */
    static final int PAGES_READ = 200;
    /**
     * Most documents of one organisation whose titles name one concept that are compared with each other: a
     * concept in more titles than this (a type, a large country) tells no editions apart, and comparing them
     * all would grow as the square of their number.
     */
    static final int MAX_SHARING = 200;

    private final Thesaurus thesaurus;
    private final UserQueryParser parser;

    public EditionProposals(Thesaurus thesaurus, Vocabulary vocabulary) {
        this.thesaurus = thesaurus;
        this.parser = new UserQueryParser(vocabulary);
    }

    /** With the shipped thesaurus and vocabulary. */
    public static EditionProposals standard() {
        return new EditionProposals(Thesaurus.standard(), Vocabulary.standard());
    }

    /** The library's proposals, most alike first, but those whose key is in {@code dismissed}. */
    public List<EditionProposal> find(LibrarySearch library, Set<String> dismissed) {
        // Only documents of one organisation whose titles name a concept in common can be editions: they are
        // found from the titles alone, and only their texts are read.
        Map<String, Set<String>> concepts = new HashMap<>();
        Map<String, List<Resource>> sharing = new LinkedHashMap<>();
        for (Resource resource : documents(library)) {
            if (resource.work() == null && resource.organization() != null) {
                Set<String> named = EditionTraits.concepts(resource.title(), thesaurus, parser);
                concepts.put(resource.id(), named);
                for (String concept : named) {
                    sharing.computeIfAbsent(EditionMatcher.organization(resource) + "\n" + concept,
                            k -> new ArrayList<>()).add(resource);
                }
            }
        }
        Map<String, EditionTraits> traits = new HashMap<>();
        Set<String> compared = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<Resource> documents : sharing.values()) {
            if (documents.size() > MAX_SHARING) {
                continue;
            }
            for (int i = 0; i < documents.size(); i++) {
                for (int j = i + 1; j < documents.size(); j++) {
                    Resource a = documents.get(i);
                    Resource b = documents.get(j);
                    if (EditionMatcher.candidates(a, b) && compared.add(a.id() + "\n" + b.id())) {
                        EditionMatcher.match(traits(library, traits, a, concepts), traits(library, traits, b,
                                concepts)).ifPresent(likeness -> pairs.add(new Pair(a, b, likeness)));
                    }
                }
            }
        }
        return proposals(pairs).stream().filter(p -> !dismissed.contains(p.key())).toList();
    }

    private record Pair(Resource a, Resource b, EditionMatcher.Likeness likeness) {
    }

    /** Pairs joined into groups, most alike first, so long as a group has one document per language. */
    private static List<EditionProposal> proposals(List<Pair> pairs) {
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.likeness().score())
                .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
        Map<String, List<Pair>> groupOf = new HashMap<>();
        List<List<Pair>> groups = new ArrayList<>();
        for (Pair pair : pairs) {
            List<Pair> first = groupOf.get(pair.a().id());
            List<Pair> second = groupOf.get(pair.b().id());
            if (first != null && first == second) {
                first.add(pair);
                continue;
            }
            List<Pair> joined = new ArrayList<>();
            if (first != null) {
                joined.addAll(first);
            }
            if (second != null) {
                joined.addAll(second);
            }
            joined.add(pair);
            if (!oneLanguageEach(joined)) {
                continue;
            }
            groups.removeIf(g -> g == first || g == second);
            groups.add(joined);
            members(joined).forEach(resource -> groupOf.put(resource.id(), joined));
        }
        return groups.stream().map(EditionProposals::proposal)
                .sorted(Comparator.comparingDouble((EditionProposal p) -> -p.score()).thenComparing(p -> p.key()))
                .toList();
    }

    private static boolean oneLanguageEach(List<Pair> group) {
        List<Resource> members = members(group);
        return members.stream().map(Resource::language).distinct().count() == members.size();
    }

    /** A group's documents, by the library's languages' order. */
    private static List<Resource> members(List<Pair> group) {
        Map<String, Resource> members = new HashMap<>();
        for (Pair pair : group) {
            members.put(pair.a().id(), pair.a());
            members.put(pair.b().id(), pair.b());
        }
        return members.values().stream().sorted(Comparator.comparingInt((Resource r) -> languageRank(r.language()))
                .thenComparing(Resource::language).thenComparing(Resource::id)).toList();
    }

    private static int languageRank(String language) {
        int rank = Vocabulary.LABEL_LANGUAGES.indexOf(language);
        return rank < 0 ? Vocabulary.LABEL_LANGUAGES.size() : rank;
    }

    private static EditionProposal proposal(List<Pair> group) {
        List<Resource> members = members(group);
        List<String> ids = members.stream().map(Resource::id).toList();
        List<EvidenceLine> evidence = new ArrayList<>();
        for (Pair pair : group) {
            // A pair's lines say which pair they are about when the group has more than two documents.
            pair.likeness().evidence().forEach(line -> evidence.add(members.size() > 2
                    ? line.about(pair.a().id(), pair.b().id()) : line));
        }
        double score = group.stream().mapToDouble(p -> p.likeness().score()).min().orElse(0);
        return new EditionProposal(EditionProposal.keyOf(ids), ids, members.stream().map(Resource::language)
                .toList(), members.stream().map(EditionProposals::title).toList(),
                evidence.stream().map(EvidenceLine::english).toList(), evidence, Math.round(score * 1000) / 1000.0);
    }

    /** How a document is named in a proposal: its title, else its file's name, else its id. */
    private static String title(Resource resource) {
        return resource.title() != null ? resource.title()
                : resource.fileName() != null ? resource.fileName() : resource.id();
    }

    private static EditionTraits traits(LibrarySearch library, Map<String, EditionTraits> read, Resource resource,
                                        Map<String, Set<String>> concepts) {
        return read.computeIfAbsent(resource.id(), id -> EditionTraits.of(resource, library.pages(id, PAGES_READ),
                concepts.get(id)));
    }

    /** Every document of the library as it is now. */
    static List<Resource> documents(LibrarySearch library) {
        List<Resource> documents = new ArrayList<>();
        Change.Position after = null;
        while (true) {
            ChangePage page = library.changes(new ChangeRequest(null, null, null, null, after, LIST_PAGE));
            for (Change change : page.changes()) {
                if (!change.deleted()) {
                    documents.add(change.resource());
                }
                after = change.position();
            }
            if (!page.more() || page.changes().isEmpty()) {
                return documents;
            }
        }
    }

    /** The proposal with this key among the library's current ones. */
    public Optional<EditionProposal> find(LibrarySearch library, String key) {
        return find(library, Set.of()).stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
