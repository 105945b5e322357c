package org.resourcelibrary.web.harvest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A document's metadata as simple Dublin Core ({@code oai_dc}): every field of the library's record mapped to the
 * element that carries it. Vocabulary codes become their English labels (harvesters show them to people); the
 * language stays its ISO 639-1 code, as Dublin Core recommends.
 */
final class DublinCore {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    /**
     * The elements a document's fields may fill (all of simple Dublin Core's but the identifier and format,
     * written last), in the order a reader expects them.
     */
    static final List<String> ELEMENTS = List.of("title", "creator", "publisher", "contributor", "date", "type",
            "subject", "coverage", "language", "description", "relation", "source", "rights");
    /** The fields in the order their values are given within an element: vocabulary subjects before keywords. */
    private static final List<MetadataField> FIELDS = Arrays.stream(MetadataField.values())
            .sorted(Comparator.comparing((MetadataField field) -> Dimension.of(field)
                    .filter(Dimension::controlled).isEmpty())).toList();

    private final Vocabulary vocabulary;

    DublinCore(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** One Dublin Core element and its value. */
    record Element(String name, String value) {
    }

    /**
     * The elements of a document, in the order a reader expects them: each metadata field under its element
     * ({@link MetadataField#dublinCore()}), then the identifiers and the format.
     *
     * @param pageUrl the document's page, its first identifier
     * @param fileUrl the original file, its second identifier
     * @param editions the pages of the other editions of its work (its translations): each its record's first
     *                identifier, so a harvester can join them
     */
    List<Element> elements(Resource r, String pageUrl, String fileUrl, List<String> editions) {
        List<Element> elements = new ArrayList<>();
        // A record without a title is of no use to a harvester: the file's name stands in for it.
        add(elements, MetadataField.TITLE.dublinCore(), r.title() == null ? r.fileName() : null);
        for (String element : ELEMENTS) {
            for (MetadataField field : FIELDS) {
                if (element.equals(field.dublinCore())) {
                    values(r, field).forEach(value -> add(elements, element, value));
                }
            }
        }
        add(elements, "identifier", pageUrl);
        add(elements, "identifier", fileUrl);
        add(elements, "format", r.mediaType());
        editions.forEach(edition -> add(elements, "relation", edition));
        return elements;
    }

    /** Writes {@code <oai_dc:dc>} with the document's elements. */
    void write(XmlOutput xml, Resource r, String pageUrl, String fileUrl, List<String> editions) {
        xml.start(OAI_DC, "dc").declare(OAI_DC).declare(DC)
                .attribute(OaiResponse.XSI, "schemaLocation", OAI_DC + " " + OAI_DC_SCHEMA);
        for (Element element : elements(r, pageUrl, fileUrl, editions)) {
            xml.element(DC, element.name(), element.value());
        }
        xml.end();
    }

    /**
     * A field's values as harvesters show them: codes by their English labels, save languages (Dublin Core
     * wants their codes); a grouped dimension's values (countries) followed by their groups' (regions).
     */
    private Set<String> values(Resource r, MetadataField field) {
        Object value = field.of(r);
        List<String> values = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        Optional<Dimension> dimension = Dimension.of(field)
                .filter(d -> d.controlled() && d.kind() != MetadataField.Kind.LANGUAGES);
        if (dimension.isEmpty()) {
            return new LinkedHashSet<>(values);
        }
        Set<String> shown = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String code : values) {
            shown.add(vocabulary.label(dimension.get(), code, Vocabulary.DEFAULT_LANGUAGE));
            if (dimension.get().grouped()) {
                vocabulary.regionOf(code).ifPresent(region -> groups.add(vocabulary.label(Dimension.REGION, region,
                        Vocabulary.DEFAULT_LANGUAGE)));
            }
        }
        shown.addAll(groups);
        return shown;
    }

    private static void add(List<Element> elements, String name, String value) {
        if (value != null && !value.isBlank()) {
            elements.add(new Element(name, value.strip()));
        }
    }
}
