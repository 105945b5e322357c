package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A value of a facet dimension with the number of hits that have it.
 *
 * @param value    the code used in filters (e.g. {@code ZM}, {@code case-management}, {@code 2019})
 * @param label    human label in the request's label language
 * @param count    exact number of hits with this value (drill-sideways: ignoring the dimension's own selection)
 * @param selected whether the request filters on this value
 * @param children for hierarchical dimensions (region), the values below this one (countries)
 */
public record FacetValue(
        String value,
        String label,
        long count,
        boolean selected,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FacetValue> children) {

    public FacetValue {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public FacetValue(String value, String label, long count, boolean selected) {
        this(value, label, count, selected, List.of());
    }
}
