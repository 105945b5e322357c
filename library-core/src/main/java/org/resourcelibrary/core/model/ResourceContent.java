package org.resourcelibrary.core.model;

import java.util.List;

/**
 * A resource with its extracted text, as handed to the index.
 *
 * @param pages the text page by page for paged formats (PDF pages, slides); a single element otherwise.
 *              Page numbers shown to users are 1-based positions in this list.
 */
public record ResourceContent(Resource resource, List<String> pages) {

    public ResourceContent {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Whether the text came in pages a viewer can jump to. */
    public boolean paged() {
        return pages.size() > 1 || resource.extraction() != null && resource.extraction().pages() != null;
    }
}
