package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Human labels of vocabulary codes in the page's label language. */
public record Labels(Vocabulary vocabulary, String language) {

    /** The label of {@code code} in {@code dimension}; free values (years, organisations) are their own label. */
    public String of(Dimension dimension, String code) {
        if (code == null) {
            return "";
        }
        return switch (dimension) {
            case COUNTRY -> vocabulary.countryLabel(code, language);
            case REGION -> vocabulary.regionLabel(code, language);
            case TOPIC -> vocabulary.topicLabel(code, language);
            case TYPE -> vocabulary.typeLabel(code, language);
            case LANGUAGE -> vocabulary.languageLabel(code, language);
            case YEAR, ORGANIZATION -> code;
        };
    }

    public List<String> of(Dimension dimension, List<String> codes) {
        return codes.stream().map(code -> of(dimension, code)).toList();
    }

    /** What a dimension is called on the page. */
    public static String heading(Dimension dimension) {
        return switch (dimension) {
            case COUNTRY -> "Country";
            case REGION -> "Region";
            case TOPIC -> "Topic";
            case TYPE -> "Type";
            case LANGUAGE -> "Language";
            case YEAR -> "Year";
            case ORGANIZATION -> "Organization";
        };
    }
}
