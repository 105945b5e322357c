package org.resourcelibrary.core.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Each resource's other editions among {@code editions} (every edition of their works), in the resources'
     * order; none for a resource without a work (a work of its own).
     */
    public static List<List<Edition>> othersOfEach(List<Resource> resources, Collection<Resource> editions) {
        Map<String, List<Resource>> byWork = new HashMap<>();
        editions.forEach(edition -> byWork.computeIfAbsent(edition.work(), w -> new ArrayList<>()).add(edition));
        List<List<Edition>> others = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            others.add(resource.work() == null ? List.of()
                    : others(byWork.getOrDefault(resource.work(), List.of()), resource.id()));
        }
        return others;
    }

    private static int rank(String language) {
        int index = Vocabulary.LABEL_LANGUAGES.indexOf(language);
        return index < 0 ? Vocabulary.LABEL_LANGUAGES.size() : index;
    }
}
