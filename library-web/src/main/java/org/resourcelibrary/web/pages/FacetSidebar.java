package org.resourcelibrary.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.pages.SearchView.Chip;
import org.resourcelibrary.web.pages.SearchView.FacetGroup;
import org.resourcelibrary.web.pages.SearchView.FacetOption;
import org.resourcelibrary.web.pages.SearchView.YearCount;
import org.resourcelibrary.web.pages.SearchView.YearRange;

/**
 * The search page's facets: countries grouped by region, then topic, type, language and organization,
 * each value with its count; the year range; and the active filters as removable chips.
 */
final class FacetSidebar {

    /** Values listed before "show more". */
    static final int SHOWN_VALUES = 6;
    /** Countries listed in a region before "show more". */
    static final int SHOWN_COUNTRIES = 5;
    /** From this many countries on, a box filters the country list as one types. */
    static final int FILTER_BOX_FROM = 8;

    /** Dimensions listed as plain values: not part of the region → country tree, and not years (a range). */
    private static final List<Dimension> FLAT = SearchForm.FILTERS.stream()
            .filter(d -> !d.hierarchical() && !d.grouped()).toList();
    /** The tree of regions and countries: each hierarchical dimension, then the one it groups. */
    private static final List<Dimension> TREE = SearchForm.FILTERS.stream().filter(Dimension::hierarchical)
            .flatMap(d -> Stream.of(d, d.over())).toList();

    private final SearchForm form;
    private final SearchResponse response;
    private final Labels labels;
    private final Messages ui;

    FacetSidebar(SearchForm form, SearchResponse response, Labels labels, Messages ui) {
        this.ui = ui;
        this.form = form;
        this.response = response;
        this.labels = labels;
    }

    List<FacetGroup> groups() {
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(countries());
        for (Dimension dimension : FLAT) {
            List<FacetOption> options = new ArrayList<>();
            for (FacetValue value : values(dimension)) {
                options.add(option(dimension, value));
            }
            groups.add(split(dimension.param(), labels.heading(dimension), options, false));
        }
        return groups;
    }

    /**
     * Regions, each with its countries. Country counts come from the country dimension itself, so ticking
     * one country leaves the others' counts as they were (multi-select); the regions only group them.
     */
    private FacetGroup countries() {
        Map<String, Long> regionCounts = new LinkedHashMap<>();
        for (FacetValue region : values(Dimension.REGION)) {
            regionCounts.put(region.value(), region.count());
        }
        Map<String, List<FacetOption>> byRegion = new LinkedHashMap<>();
        regionCounts.keySet().forEach(region -> byRegion.put(region, new ArrayList<>()));
        List<FacetValue> countries = values(Dimension.COUNTRY);
        for (FacetValue country : countries) {
            String region = labels.vocabulary().regionOf(country.value()).orElse("");
            byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(option(Dimension.COUNTRY, country));
        }
        List<FacetOption> options = new ArrayList<>();
        byRegion.forEach((code, members) -> {
            int shown = Math.min(members.size(), Math.max(SHOWN_COUNTRIES, lastSelected(members) + 1));
            options.add(new FacetOption(Dimension.REGION.param(), code, labels.of(Dimension.REGION, code),
                    regionCounts.getOrDefault(code, 0L), form.selected(Dimension.REGION).contains(code),
                    members.subList(0, shown), members.subList(shown, members.size())));
        });
        return new FacetGroup(Dimension.COUNTRY.param(), labels.heading(Dimension.COUNTRY), options, List.of(),
                countries.size() >= FILTER_BOX_FROM);
    }

    private static int lastSelected(List<FacetOption> options) {
        for (int i = options.size() - 1; i >= 0; i--) {
            if (options.get(i).selected()) {
                return i;
            }
        }
        return -1;
    }

    /** The first values, and every selected value, before "show more"; the rest after. */
    private static FacetGroup split(String id, String heading, List<FacetOption> options, boolean filterBox) {
        List<FacetOption> shown = new ArrayList<>();
        List<FacetOption> more = new ArrayList<>();
        for (FacetOption option : options) {
            (shown.size() < SHOWN_VALUES || option.selected() ? shown : more).add(option);
        }
        return new FacetGroup(id, heading, shown, more, filterBox);
    }

    private FacetOption option(Dimension dimension, FacetValue value) {
        return new FacetOption(dimension.param(), value.value(), value.label(), value.count(), value.selected());
    }

    private List<FacetValue> values(Dimension dimension) {
        return response == null ? List.of() : response.facets().getOrDefault(dimension.param(), List.of());
    }

    YearRange years() {
        List<YearCount> years = new ArrayList<>();
        Integer min = null;
        Integer max = null;
        for (FacetValue value : values(Dimension.YEAR)) {
            int year = Integer.parseInt(value.value());
            min = min == null ? year : Math.min(min, year);
            max = max == null ? year : Math.max(max, year);
            boolean inRange = (form.yearFrom() == null || year >= form.yearFrom())
                    && (form.yearTo() == null || year <= form.yearTo());
            years.add(new YearCount(value.value(), value.count(), form.withYears(year, year).href(), inRange));
        }
        return new YearRange(form.yearFrom(), form.yearTo(), min, max, years);
    }

    /** One chip per selected value and one for the year range, in sidebar order. */
    List<Chip> chips() {
        List<Chip> chips = new ArrayList<>();
        for (Dimension dimension : Stream.concat(TREE.stream(), FLAT.stream()).toList()) {
            for (String value : form.selected(dimension)) {
                chips.add(new Chip(labels.heading(dimension), labels.of(dimension, value),
                        form.toggled(dimension, value).href()));
            }
        }
        if (form.yearFrom() != null || form.yearTo() != null) {
            chips.add(new Chip(labels.heading(Dimension.YEAR), yearLabel(form.yearFrom(), form.yearTo()),
                    form.withoutYears().href()));
        }
        return chips;
    }

    private String yearLabel(Integer from, Integer to) {
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        // Years are words here, not amounts: never grouped as numbers are.
        if (to == null) {
            return ui.text("facets.year.orLater", from.toString());
        }
        if (from == null) {
            return ui.text("facets.year.orEarlier", to.toString());
        }
        return from + "–" + to;
    }
}
