package org.resourcelibrary.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.Fixtures;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OdtRendererTest {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private final SourceDocument source = Fixtures.of(Format.ODT);
    private byte[] odt;
    private final Map<String, byte[]> parts = new HashMap<>();
    private ZipEntry first;

    @BeforeEach
    void render() throws IOException {
        odt = Renderers.standard().of(Format.ODT).render(source);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (first == null) {
                    first = entry;
                }
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    private Document xml(String part) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part)));
    }

    @Test
    void mimetypeIsTheFirstEntryUncompressed() {
        assertThat(first.getName()).isEqualTo("mimetype");
        assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(new String(parts.get("mimetype"), StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(new String(odt, 38, 39, StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void packageHasManifestStylesAndMeta() throws Exception {
        assertThat(parts).containsKeys("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml");
        assertThat(xml("META-INF/manifest.xml").getDocumentElement().getLocalName()).isEqualTo("manifest");
        assertThat(xml("styles.xml").getDocumentElement().getLocalName()).isEqualTo("document-styles");
    }

    @Test
    void contentHasHeadingsListsAndTables() throws Exception {
        Document content = xml("content.xml");

        assertThat(content.getElementsByTagNameNS(TEXT, "h").getLength()).isEqualTo(5);
        assertThat(content.getElementsByTagNameNS(TEXT, "h").item(0).getTextContent())
                .isEqualTo("Évaluation de la main-d'œuvre: São Tomé & Príncipe <test>");
        assertThat(content.getElementsByTagNameNS(TEXT, "list-item").getLength()).isEqualTo(4);
        assertThat(content.getElementsByTagNameNS(TABLE, "table-row").getLength()).isEqualTo(3);
    }

    @Test
    void pageBreaksFollowSourcePages() throws Exception {
        Document content = xml("content.xml");
        NodeList styles = content.getElementsByTagNameNS(STYLE, "style");
        Set<String> breaking = new HashSet<>();
        for (int i = 0; i < styles.getLength(); i++) {
            Element style = (Element) styles.item(i);
            NodeList props = style.getElementsByTagNameNS("*", "*");
            for (int j = 0; j < props.getLength(); j++) {
                if ("page".equals(((Element) props.item(j)).getAttributeNS(FO, "break-before"))) {
                    breaking.add(style.getAttributeNS(STYLE, "name"));
                }
            }
        }
        int breaks = 0;
        NodeList all = content.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String used = element.hasAttributeNS(TEXT, "style-name") ? element.getAttributeNS(TEXT, "style-name")
                    : element.getAttributeNS(TABLE, "style-name");
            if (breaking.contains(used)) {
                breaks++;
            }
        }

        assertThat(breaks).isEqualTo(source.pages().size() - 1);
    }

    @Test
    void metaHasTitleCreatorDateAndKeywords() throws Exception {
        Document meta = xml("meta.xml");

        assertThat(meta.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
                .isEqualTo("Évaluation & \"suivi\" <2018>");
        String metaNs = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
        assertThat(meta.getElementsByTagNameNS(metaNs, "initial-creator").item(0).getTextContent())
                .isEqualTo("Aminata Diouf");
        assertThat(meta.getElementsByTagNameNS(metaNs, "creation-date").item(0).getTextContent())
                .isEqualTo("2018-11-26T12:00:00");
        assertThat(meta.getElementsByTagNameNS(metaNs, "keyword").getLength()).isEqualTo(3);
    }
}
