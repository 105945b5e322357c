package org.resourcelibrary.indexer.editions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.indexer.ingest.Librarian;

/**
 * A librarian's review of the editions ingest proposes, the same for the API and the librarian page: the
 * proposals, a confirmation (each document's {@code work} set as a librarian's edit, which later ingests keep),
 * a dismissal (remembered for good), and the works confirmed so far. A confirmation never takes a work key that
 * other documents already have, unless the librarian says to merge the two works.
 */
public final class EditionReview {

    /** Longest work key made from a title. */
    public static final int MAX_WORK_KEY = 60;
    /** Documents a work has at least to be listed: it groups editions. */
    public static final int MIN_EDITIONS = 2;

    private final LibrarySearch library;
    private final Librarian librarian;
    private final DismissedEditions dismissed;
    private final Supplier<Thesaurus> thesaurus;
    private final Vocabulary vocabulary;

    /** @param thesaurus the thesaurus as it is at each call (librarians edit it while the service runs) */
    public EditionReview(LibrarySearch library, Librarian librarian, DismissedEditions dismissed,
                         Supplier<Thesaurus> thesaurus, Vocabulary vocabulary) {
        this.library = library;
        this.librarian = librarian;
        this.dismissed = dismissed;
        this.thesaurus = thesaurus;
        this.vocabulary = vocabulary;
    }

    /** The work and its documents as they are after a confirmation. */
    public record Confirmed(String work, List<Resource> documents) {
    }

    /** A work that groups editions: its key and its documents, by language. */
    public record Work(String key, List<Resource> editions) {
    }

    /** The key chosen for a proposal already belongs to other documents, and the librarian did not say to merge. */
    public static final class WorkTaken extends Exception {
        private static final long serialVersionUID = 1L;
        private final String work;
        private final transient List<Resource> others;

        WorkTaken(String work, List<Resource> others) {
            super("work '" + work + "' already groups other documents (" + String.join(", ",
                    others.stream().map(Resource::id).toList()) + "): choose another key, or merge the two works");
            this.work = work;
            this.others = List.copyOf(others);
        }

        public String work() {
            return work;
        }

        /** The documents outside the proposal that have the key. */
        public List<Resource> others() {
            return others;
        }
    }

    /** The thesaurus as it is now, whose concepts the titles' evidence names. */
    public Thesaurus thesaurus() {
        return thesaurus.get();
    }

    /** The proposals not dismissed, most alike first. */
    public List<EditionProposal> proposals() throws IOException {
        return proposals(dismissed.keys());
    }

    /** The proposal named {@code key}, unless it was dismissed, confirmed or its documents changed. */
    public Optional<EditionProposal> proposal(String key) throws IOException {
        return proposals().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * Makes the proposal's documents one work.
     *
     * @param work  the work's key, or null for one made from the first edition's title
     * @param merge whether the documents may join a work that other documents already have
     * @throws WorkTaken when other documents have the key and {@code merge} is false; nothing is changed
     */
    public Confirmed confirm(EditionProposal proposal, String work, boolean merge)
            throws IOException, InvalidMetadataException, WorkTaken {
        String key = work == null || work.isBlank() ? workKey(proposal) : work.strip();
        List<Resource> others = library.editions(key).stream().filter(r -> !proposal.ids().contains(r.id()))
                .toList();
        if (!others.isEmpty() && !merge) {
            throw new WorkTaken(key, others);
        }
        List<Resource> documents = new ArrayList<>();
        for (String id : proposal.ids()) {
            librarian.edit(id, Map.of(MetadataField.WORK.key(), key)).ifPresent(documents::add);
        }
        return new Confirmed(key, documents);
    }

    /** Remembers that the proposal's documents are not one work: no later ingest proposes them again. */
    public void dismiss(EditionProposal proposal) throws IOException {
        dismissed.dismiss(proposal.key());
    }

    /**
     * The works that group editions, by key, each with its documents in the library's languages' order: those of
     * two documents or more (a work key on one document alone groups nothing yet).
     */
    public List<Work> works() {
        Map<String, List<Resource>> works = new TreeMap<>();
        for (Resource document : EditionProposals.documents(library)) {
            if (document.work() != null && !document.work().isBlank()) {
                works.computeIfAbsent(document.work(), w -> new ArrayList<>()).add(document);
            }
        }
        List<Work> grouped = new ArrayList<>();
        works.values().removeIf(editions -> editions.size() < MIN_EDITIONS);
        works.forEach((key, editions) -> grouped.add(new Work(key, editions.stream()
                .sorted(Comparator.comparingInt(r -> languageOrder(r.language()))).toList())));
        return grouped;
    }

    /** A work key made from the first edition's title (the library's languages come first): its words, joined. */
    public static String workKey(EditionProposal proposal) {
        String slug = Vocabulary.fold(proposal.titles().get(0)).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_WORK_KEY) {
            slug = slug.substring(0, MAX_WORK_KEY).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? proposal.key() : slug;
    }

    private List<EditionProposal> proposals(Set<String> without) {
        return new EditionProposals(thesaurus.get(), vocabulary).find(library, without);
    }

    private static int languageOrder(String language) {
        int order = Vocabulary.LABEL_LANGUAGES.indexOf(language);
        return order < 0 ? Vocabulary.LABEL_LANGUAGES.size() : order;
    }
}
