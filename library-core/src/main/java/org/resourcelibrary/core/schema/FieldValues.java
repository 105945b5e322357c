package org.resourcelibrary.core.schema;

import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * What every backend derives from a resource for the schema's fields and back, so that the embedded index and a
 * SolrCloud collection hold exactly the same text: the summary field's text, the title's sort key and the pages
 * of a stored body.
 */
public final class FieldValues {

    /** Longest title prefix kept as a sort key. */
    private static final int TITLE_SORT_LENGTH = 120;

    private FieldValues() {
    }

    /** What the summary field holds: summary, keywords, authors and organisation, a line each. */
    public static String summaryText(Resource resource) {
        List<String> parts = new ArrayList<>();
        if (resource.summary() != null) {
            parts.add(resource.summary());
        }
        parts.addAll(resource.keywords());
        parts.addAll(resource.authors());
        if (resource.organization() != null) {
            parts.add(resource.organization());
        }
        return String.join("\n", parts);
    }

    /** The title sort key: the title folded (case and accents), its first {@value #TITLE_SORT_LENGTH} characters. */
    public static String titleSortKey(Resource resource) {
        String title = resource.title() == null ? "" : Vocabulary.fold(resource.title());
        return title.length() > TITLE_SORT_LENGTH ? title.substring(0, TITLE_SORT_LENGTH) : title;
    }

    /** The pages of a stored body, given the start offset of each (as every backend stores them). */
    public static List<String> pages(String body, int[] offsets) {
        List<String> pages = new ArrayList<>(offsets.length);
        for (int i = 0; i < offsets.length; i++) {
            int end = i + 1 < offsets.length ? offsets[i + 1] - Schema.PAGE_SEPARATOR.length() : body.length();
            pages.add(body.substring(offsets[i], Math.max(offsets[i], end)));
        }
        return pages;
    }
}
