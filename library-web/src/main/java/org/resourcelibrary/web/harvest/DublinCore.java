package org.resourcelibrary.web.harvest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.resourcelibrary.core.model.Resource;
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

    private final Vocabulary vocabulary;

    DublinCore(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** One Dublin Core element and its value. */
    record Element(String name, String value) {
    }

    /**
     * The elements of a document, in the order a reader expects them.
     *
     * @param pageUrl the document's page, its first identifier
     * @param fileUrl the original file, its second identifier
     * @param editions the pages of the other editions of its work (its translations): each its record's first
     *                identifier, so a harvester can join them
     */
    List<Element> elements(Resource r, String pageUrl, String fileUrl, List<String> editions) {
        List<Element> elements = new ArrayList<>();
        add(elements, "title", r.title() != null ? r.title() : r.fileName());
        r.authors().forEach(author -> add(elements, "creator", author));
        add(elements, "publisher", r.organization());
        add(elements, "date", r.year() == null ? null : String.valueOf(r.year()));
        add(elements, "type", r.type() == null ? null : vocabulary.typeLabel(r.type(), Vocabulary.DEFAULT_LANGUAGE));
        r.topics().forEach(topic -> add(elements, "subject", vocabulary.topicLabel(topic,
                Vocabulary.DEFAULT_LANGUAGE)));
        r.keywords().forEach(keyword -> add(elements, "subject", keyword));
        for (String place : coverage(r)) {
            add(elements, "coverage", place);
        }
        add(elements, "language", r.language());
        add(elements, "description", r.summary());
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

    /** Countries by name, then the regions they are in. */
    private Set<String> coverage(Resource r) {
        Set<String> places = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (String country : r.countries()) {
            places.add(vocabulary.countryLabel(country, Vocabulary.DEFAULT_LANGUAGE));
            vocabulary.regionOf(country).ifPresent(region -> regions.add(vocabulary.regionLabel(region,
                    Vocabulary.DEFAULT_LANGUAGE)));
        }
        places.addAll(regions);
        return places;
    }

    private static void add(List<Element> elements, String name, String value) {
        if (value != null && !value.isBlank()) {
            elements.add(new Element(name, value.strip()));
        }
    }
}
