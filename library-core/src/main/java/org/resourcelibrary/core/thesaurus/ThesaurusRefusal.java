package org.resourcelibrary.core.thesaurus;

import org.resourcelibrary.core.search.Refusal;

/** Why a thesaurus file cannot be used; {@link ThesaurusException} names the line at fault. */
public enum ThesaurusRefusal implements Refusal {
    /** Arguments: the file's length, the limit. */
    THESAURUS_FILE_TOO_LONG("the file is {0,number,#} characters long; the limit is {1,number,#}"),
    /** Arguments: the header. */
    THESAURUS_HEADER("the first line must be the header {0}"),
    /** Arguments: the header. */
    THESAURUS_NO_HEADER("the file has no header line {0}"),
    /** Arguments: the header, how many values the line has. */
    THESAURUS_CELLS("expected 4 values ({0}), found {1,number,#}"),
    /** Arguments: the label, its language, the concept. */
    THESAURUS_LABEL_TWICE("''{0}'' is already a {1} label of {2}"),
    /** Arguments: the concept, the language. */
    THESAURUS_PREFERRED_TWICE("{0} already has a {1} prefLabel; make this one an altLabel"),
    /** Arguments: the concept. */
    THESAURUS_NO_ENGLISH("{0} has no English prefLabel"),
    /** Arguments: the languages, the value. */
    THESAURUS_LANGUAGE("language must be one of {0}, got ''{1}''"),
    /** Arguments: the preferred kind, the alternative kind, the value. */
    THESAURUS_KIND("kind must be {0} or {1}, got ''{2}''"),
    THESAURUS_NO_LETTERS("the label has no letters or digits"),
    /** Arguments: the label's length, the limit. */
    THESAURUS_LABEL_TOO_LONG("the label is {0,number,#} characters long; the limit is {1,number,#}"),
    /** Arguments: the most words. */
    THESAURUS_LABEL_WORDS("the label has more than {0,number,#} words"),
    /** Arguments: the concept id. */
    THESAURUS_CONCEPT_ID("concept id ''{0}'' must be letters, digits and . _ : - (at most 100)"),
    /** Arguments: the concept id, the dimensions a concept id may name. */
    THESAURUS_CONCEPT_PREFIX("concept id ''{0}'': before '':'' must come one of {1}"),
    /** Arguments: the concept id, the dimension, the code. */
    THESAURUS_CONCEPT_UNKNOWN("concept id ''{0}'': the vocabulary has no {1} ''{2}''"),
    THESAURUS_QUOTE("a quote is not closed");

    private final String english;

    ThesaurusRefusal(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
