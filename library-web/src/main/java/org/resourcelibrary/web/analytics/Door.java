package org.resourcelibrary.web.analytics;

import java.util.Locale;

/** Where a search came in: the members' search page or the JSON API. */
public enum Door {
    PAGE,
    API;

    /** The name stored and shown. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
