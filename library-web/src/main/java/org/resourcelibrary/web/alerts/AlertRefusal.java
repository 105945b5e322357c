package org.resourcelibrary.web.alerts;

import org.resourcelibrary.core.search.Refusal;

/** Why a request to follow a search was refused: the address or the frequency the form or the API sent. */
public enum AlertRefusal implements Refusal {
    /** Arguments: the longest address. */
    ALERT_ADDRESS_MISSING("give an e-mail address of up to {0,number,#} characters"),
    /** Arguments: the address as given. */
    ALERT_ADDRESS_INVALID("''{0}'' is not an e-mail address"),
    /** Arguments: the frequency as given. */
    ALERT_FREQUENCY("frequency must be daily or weekly, got ''{0}''");

    private final String english;

    AlertRefusal(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
