package org.resourcelibrary.core.search;

import java.util.Comparator;
import java.util.List;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Another edition of a hit's work (the same report in another language): what "Also in" links to.
 *
 * @param url the edition's page in the web UI (relative)
 */
public record Edition(String id, String language, String title, String url) {

    /** The library's languages first, in their order, then others by code; then by id. */
    private static final Comparator<Edition> ORDER = Comparator
            .comparingInt((Edition e) -> rank(e.language())).thenComparing(e -> e.language() == null ? ""
                    : e.language()).thenComparing(Edition::id);

    public static Edition of(Resource resource) {
        return new Edition(resource.id(), resource.language(), resource.title(), Hit.documentUrl(resource.id()));
    }

    /** The editions of {@code editions} other than {@code id}, in the order pages list them. */
    public static List<Edition> others(List<Resource> editions, String id) {
        return editions.stream().filter(r -> !r.id().equals(id)).map(Edition::of).sorted(ORDER).toList();
    }

    private static int rank(String language) {
        int index = Vocabulary.LABEL_LANGUAGES.indexOf(language);
        return index < 0 ? Vocabulary.LABEL_LANGUAGES.size() : index;
    }
}
