package org.resourcelibrary.web.pages;

import java.util.List;
import java.util.function.UnaryOperator;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Edition;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.pages.SearchView.EditionLink;

/**
 * The links to a work's other editions ("Also in: Français, Español"): each named by its language in that
 * language, as a member who reads it looks for it, and linked to the edition's document page.
 */
final class EditionLinks {

    private final Vocabulary vocabulary;

    EditionLinks(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param href the address of an edition's page from its relative one (the page's language kept, or made
     *             absolute)
     */
    List<EditionLink> of(List<Edition> editions, UnaryOperator<String> href) {
        return editions.stream().map(edition -> new EditionLink(edition.language(),
                edition.language() == null ? edition.title() : vocabulary.label(Dimension.LANGUAGE,
                        edition.language(), edition.language()), href.apply(edition.url()))).toList();
    }

    /** A page's own address with the member's page language, so that following a link keeps it. */
    static UnaryOperator<String> inLanguage(String lang) {
        return url -> lang == null ? url : url + "?lang=" + lang;
    }
}
