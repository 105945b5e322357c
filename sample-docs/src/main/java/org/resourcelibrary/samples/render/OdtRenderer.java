package org.resourcelibrary.samples.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.resourcelibrary.core.html.Html;
import org.resourcelibrary.samples.source.EmbeddedProperties;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;

/**
 * An OpenDocument Text package written by hand: {@code mimetype} first and uncompressed (so the type can be
 * sniffed at a fixed offset), the manifest, {@code content.xml}, {@code styles.xml} and {@code meta.xml}.
 */
final class OdtRenderer implements Renderer {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String BODY_MARK = "<!--BODY-->";
    private static final String CONTENT = Markup.resource("odt-content.xml");
    private static final String STYLES = Markup.resource("odt-styles.xml");
    private static final DateTimeFormatter ODF_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public Format format() {
        return Format.ODT;
    }

    @Override
    public byte[] render(SourceDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReproducibleZip zip = new ReproducibleZip(out)) {
            zip.stored("mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
            zip.deflated("META-INF/manifest.xml", utf8(manifest()));
            zip.deflated("content.xml", utf8(CONTENT.replace(BODY_MARK, new OdtBody().write(document.pages()))));
            zip.deflated("styles.xml", utf8(STYLES));
            zip.deflated("meta.xml", utf8(meta(document.metadata().properties())));
        }
        return out.toByteArray();
    }

    private static String manifest() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"")
                .append(" manifest:version=\"1.3\">\n")
                .append(" <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\"")
                .append(" manifest:media-type=\"")
                .append(MEDIA_TYPE).append("\"/>\n");
        for (String part : new String[] {"content.xml", "styles.xml", "meta.xml"}) {
            xml.append(" <manifest:file-entry manifest:full-path=\"").append(part)
                    .append("\" manifest:media-type=\"text/xml\"/>\n");
        }
        return xml.append("</manifest:manifest>\n").toString();
    }

    private static String meta(EmbeddedProperties props) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
                .append(" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">\n<office:meta>\n");
        element(xml, "dc:title", props.title());
        element(xml, "meta:initial-creator", props.author());
        element(xml, "dc:creator", props.author());
        if (props.created() != null) {
            String date = ODF_DATE.format(DocumentDates.moment(props.created()).toLocalDateTime());
            element(xml, "meta:creation-date", date);
            element(xml, "dc:date", date);
        }
        if (props.keywords() != null) {
            for (String keyword : props.keywords().split(";")) {
                element(xml, "meta:keyword", keyword.strip());
            }
        }
        return xml.append("</office:meta>\n</office:document-meta>\n").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        if (value != null && !value.isEmpty()) {
            xml.append('<').append(name).append('>').append(Html.escapeKeepingApostrophes(value)).append("</")
                    .append(name).append(">\n");
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
