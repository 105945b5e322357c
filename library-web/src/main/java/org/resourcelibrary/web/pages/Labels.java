package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.i18n.Messages;

/** Human labels of vocabulary codes in the page's label language. */
public record Labels(Vocabulary vocabulary, String language) {

    /** The label of {@code code} in {@code dimension}; free values (years, organisations) are their own label. */
    public String of(Dimension dimension, String code) {
        if (code == null) {
            return "";
        }
        return vocabulary.label(dimension, code, language);
    }

    public List<String> of(Dimension dimension, List<String> codes) {
        return codes.stream().map(code -> of(dimension, code)).toList();
    }

    /** What a dimension is called on the page, in the page's language. */
    public String heading(Dimension dimension) {
        return Messages.in(language).heading(dimension);
    }
}
