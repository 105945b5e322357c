package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.web.i18n.Messages;

/**
 * The parts of the API's description that list facet dimensions, derived from their definitions
 * ({@link Dimension}): a dimension the description file does not document yet is described from its definition
 * and offered as a parameter of {@code GET /api/search}, and the lists of dimensions (the facets of a search
 * response, the path of {@code GET /api/facets/{dimension}}) are the defined ones.
 */
final class DimensionParameters {

    private static final String SEARCH = "/api/search";
    private static final String FACETS = "/api/facets/{dimension}";
    private static final String REFERENCE = "#/components/parameters/";
    private static final String YEAR_PATTERN = "^\\d{4}$";

    private DimensionParameters() {
    }

    /** {@code spec} with every dimension described (changed in place, and returned). */
    static JsonNode describe(JsonNode spec) {
        ObjectNode parameters = (ObjectNode) spec.path("components").path("parameters");
        ArrayNode searchParameters = (ArrayNode) spec.path("paths").path(SEARCH).path("get").path("parameters");
        int after = lastDimension(searchParameters);
        for (Dimension dimension : Dimension.values()) {
            if (!parameters.has(dimension.param())) {
                parameters.set(dimension.param(), parameter(parameters, dimension));
                ObjectNode reference = searchParameters.objectNode().put("$ref", REFERENCE + dimension.param());
                searchParameters.insert(++after, reference);
            }
        }
        names((ArrayNode) spec.path("paths").path(FACETS).path("get").path("parameters").path(0).path("schema")
                .path("enum"));
        names((ArrayNode) spec.path("components").path("schemas").path("SearchResponse").path("properties")
                .path("facets").path("propertyNames").path("enum"));
        return spec;
    }

    /** The position of the last dimension among the search's parameters. */
    private static int lastDimension(ArrayNode searchParameters) {
        int last = -1;
        for (int i = 0; i < searchParameters.size(); i++) {
            String reference = searchParameters.get(i).path("$ref").asText("");
            if (Dimension.fromParam(reference.substring(reference.lastIndexOf('/') + 1)).isPresent()) {
                last = i;
            }
        }
        return last;
    }

    private static ObjectNode parameter(ObjectNode parameters, Dimension dimension) {
        ObjectNode parameter = parameters.objectNode();
        parameter.put("name", dimension.param()).put("in", "query").put("required", false)
                .put("description", Messages.in(Messages.DEFAULT_LANGUAGE).heading(dimension) + dimension.hint() + "; repeat to OR.");
        ObjectNode items = parameter.putObject("schema").put("type", "array").putObject("items")
                .put("type", "string");
        if (dimension.kind() == MetadataField.Kind.YEARS) {
            items.put("pattern", YEAR_PATTERN);
        }
        parameter.put("explode", true).put("style", "form");
        return parameter;
    }

    private static void names(ArrayNode names) {
        names.removeAll();
        Arrays.stream(Dimension.values()).forEach(dimension -> names.add(dimension.param()));
    }
}
