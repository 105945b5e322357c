package org.resourcelibrary.web.harvest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written in one pass (StAX), for every XML this package serves: the writer escapes every value,
 * so text from documents can never break the markup. Elements are in the namespace given at the root unless a
 * prefix is named.
 */
final class XmlOutput {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    /** Characters outside XML 1.0's Char production. */
    private static final Pattern XML_INVALID = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD"
            + "\\x{10000}-\\x{10FFFF}]");

    /** The prefixes of the namespaces this package writes besides each document's default one. */
    static final Map<String, String> PREFIXES = Map.of(
            "http://www.w3.org/2001/XMLSchema-instance", "xsi",
            "http://www.openarchives.org/OAI/2.0/oai_dc/", "oai_dc",
            "http://purl.org/dc/elements/1.1/", "dc",
            "http://a9.com/-/spec/opensearch/1.1/", "opensearch");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private final String namespace;

    /** A document whose root element is {@code root} in the default namespace {@code namespace}. */
    XmlOutput(String namespace, String root) {
        this.namespace = namespace;
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(namespace);
            xml.writeStartElement(namespace, root);
            xml.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an XML writer over memory cannot fail", e);
        }
    }

    /** Declares a namespace's prefix ({@link #PREFIXES}) on the current element. */
    XmlOutput declare(String uri) {
        return run(() -> xml.writeNamespace(prefix(uri), uri));
    }

    /** Opens an element in the default namespace. */
    XmlOutput start(String name) {
        return run(() -> xml.writeStartElement(namespace, name));
    }

    /** Opens an element in another namespace (whose prefix was declared). */
    XmlOutput start(String uri, String name) {
        return run(() -> xml.writeStartElement(prefix(uri), name, uri));
    }

    XmlOutput attribute(String name, String value) {
        return run(() -> xml.writeAttribute(name, value));
    }

    XmlOutput attribute(String uri, String name, String value) {
        return run(() -> xml.writeAttribute(prefix(uri), uri, name, value));
    }

    /** Text, without the characters XML 1.0 cannot carry (control characters extracted from some files). */
    XmlOutput text(String text) {
        return run(() -> xml.writeCharacters(XML_INVALID.matcher(text).replaceAll("")));
    }

    XmlOutput end() {
        return run(xml::writeEndElement);
    }

    /** An element holding only text, in the default namespace. */
    XmlOutput element(String name, String text) {
        return start(name).text(text).end();
    }

    /** An element holding only text, in another namespace. */
    XmlOutput element(String uri, String name, String text) {
        return start(uri, name).text(text).end();
    }

    /** Closes every open element and gives the document. */
    byte[] finish() {
        run(xml::writeEndDocument);
        run(xml::close);
        return bytes.toByteArray();
    }

    private static String prefix(String uri) {
        String prefix = PREFIXES.get(uri);
        if (prefix == null) {
            throw new IllegalArgumentException("no prefix for namespace " + uri);
        }
        return prefix;
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOutput run(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
        return this;
    }
}
