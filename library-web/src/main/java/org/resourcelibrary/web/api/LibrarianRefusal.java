package org.resourcelibrary.web.api;

import org.resourcelibrary.core.search.Refusal;

/** Why a librarian's bulk edit or review decision was refused, as its parameters name it. */
public enum LibrarianRefusal implements Refusal {
    /** Arguments: the field as given, the fields. */
    LIBRARIAN_NO_FIELD("no field ''{0}''; one of {1}"),
    /** Arguments: the action as given. */
    LIBRARIAN_ACTION("the action must be set, add or remove, got ''{0}''"),
    /** Arguments: the decision as given. */
    LIBRARIAN_DECISION("the decision must be accept, correct or reject, got ''{0}''"),
    LIBRARIAN_ITEMS("give the items to decide as a list of their ids");

    private final String english;

    LibrarianRefusal(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
