package org.resourcelibrary.web.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The library's OAI-PMH sets: one hierarchy per dimension a harvester selects by ({@code type}, {@code topic},
 * {@code country}, {@code language}), each value a set below it ({@code type:toolkit}, {@code country:ZM}).
 * A document is in the sets of its values, and so in their parents.
 */
final class OaiSets {

    /** The dimensions that make sets, in the order {@code ListSets} gives them. */
    static final List<Dimension> DIMENSIONS = List.of(Dimension.TYPE, Dimension.TOPIC, Dimension.COUNTRY,
            Dimension.LANGUAGE);
    /** Most values listed per dimension. */
    static final int MAX_VALUES = 10_000;
    private static final String SEPARATOR = ":";
    /** A set value as the protocol allows it in a setSpec. */
    private static final Pattern SPEC_VALUE = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    private final Library library;
    private final Vocabulary vocabulary;

    OaiSets(Library library, Vocabulary vocabulary) {
        this.library = library;
        this.vocabulary = vocabulary;
    }

    /** A set: its spec, its name, and the selection it stands for (a null value: any value of the dimension). */
    record OaiSet(String spec, String name, Dimension dimension, String value) {
    }

    /** Every set, parents first, each followed by its values that documents have. */
    List<OaiSet> all() {
        List<OaiSet> sets = new ArrayList<>();
        for (Dimension dimension : DIMENSIONS) {
            List<FacetValue> values = library.facetValues(dimension, "", MAX_VALUES, Vocabulary.DEFAULT_LANGUAGE);
            List<OaiSet> children = new ArrayList<>();
            for (FacetValue value : values) {
                if (SPEC_VALUE.matcher(value.value()).matches()) {
                    children.add(new OaiSet(dimension.param() + SEPARATOR + value.value(),
                            label(dimension) + ": " + value.label(), dimension, value.value()));
                }
            }
            if (!children.isEmpty()) {
                sets.add(new OaiSet(dimension.param(), "By " + label(dimension), dimension, null));
                sets.addAll(children);
            }
        }
        return sets;
    }

    /**
     * The selection a setSpec stands for.
     *
     * @throws OaiError badArgument when it names no dimension of sets or is not a setSpec
     */
    static OaiSet parse(String spec) throws OaiError {
        String[] parts = spec.split(SEPARATOR, -1);
        Dimension dimension = DIMENSIONS.stream().filter(d -> d.param().equals(parts[0])).findFirst()
                .orElseThrow(() -> new OaiError(OaiError.Code.BAD_ARGUMENT, "set '" + spec + "' is not one of this"
                        + " library's sets: they are " + DIMENSIONS.stream().map(Dimension::param).toList()
                        + " and their values, e.g. type:toolkit (see ListSets)"));
        if (parts.length == 1) {
            return new OaiSet(spec, null, dimension, null);
        }
        if (parts.length != 2 || !SPEC_VALUE.matcher(parts[1]).matches()) {
            throw new OaiError(OaiError.Code.BAD_ARGUMENT, "set '" + spec + "' is not a setSpec such as "
                    + dimension.param() + SEPARATOR + "value");
        }
        return new OaiSet(spec, null, dimension, parts[1]);
    }

    /** The setSpecs of the sets a document is in (the values' sets; their parents are implied). */
    static List<String> specsOf(Resource resource) {
        List<String> specs = new ArrayList<>();
        add(specs, Dimension.TYPE, resource.type());
        for (String topic : resource.topics()) {
            add(specs, Dimension.TOPIC, topic);
        }
        for (String country : resource.countries()) {
            add(specs, Dimension.COUNTRY, country);
        }
        add(specs, Dimension.LANGUAGE, resource.language());
        return specs;
    }

    private static void add(List<String> specs, Dimension dimension, String value) {
        if (value != null && SPEC_VALUE.matcher(value).matches()) {
            String spec = dimension.param() + SEPARATOR + value;
            if (!specs.contains(spec)) {
                specs.add(spec);
            }
        }
    }

    private static String label(Dimension dimension) {
        return dimension.param().toLowerCase(Locale.ROOT);
    }
}
