package org.resourcelibrary.web.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reading and validating the XML the library serves: XML Schemas from the test resources (imports resolved
 * beside them, never over the network), and XPath with the namespaces' usual prefixes.
 */
final class XmlChecks {

    private static final String SCHEMAS = "/org/resourcelibrary/web/harvest/schemas/";
    private static final Map<String, String> NAMESPACES = Map.of(
            "oai", "http://www.openarchives.org/OAI/2.0/",
            "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "atom", "http://www.w3.org/2005/Atom",
            "os", "http://a9.com/-/spec/opensearch/1.1/",
            "sm", "http://www.sitemaps.org/schemas/sitemap/0.9");

    private XmlChecks() {
    }

    /** A schema made of these files of the test resources (and what they import from beside them). */
    static Schema schema(String... files) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            // Local files only: a schema import that reached for the network would fail the test, not wait.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            List<Source> sources = new ArrayList<>();
            for (String file : files) {
                URL url = XmlChecks.class.getResource(SCHEMAS + file);
                if (url == null) {
                    throw new IllegalStateException("no schema " + file + " in the test resources");
                }
                sources.add(new StreamSource(url.toExternalForm()));
            }
            return factory.newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            throw new IllegalStateException("the schemas do not load", e);
        }
    }

    /** Validates a document, failing with the validator's message (line and column) when it is not valid. */
    static void validate(Schema schema, String xml) {
        try {
            var validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Parses a document, namespace-aware. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The text of every node an XPath selects. */
    static List<String> texts(String xml, String path) {
        return texts(parse(xml), path);
    }

    static List<String> texts(Document document, String path) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(path, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /** The text of the one node an XPath selects ("" when none). */
    static String text(String xml, String path) {
        List<String> texts = texts(xml, path);
        return texts.isEmpty() ? "" : texts.get(0);
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
