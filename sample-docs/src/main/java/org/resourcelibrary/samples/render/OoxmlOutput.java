package org.resourcelibrary.samples.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.resourcelibrary.samples.source.EmbeddedProperties;

/**
 * Finishes an Office Open XML document (docx, pptx, xlsx): core properties exactly as the source's
 * {@code props.*} say (POI would otherwise stamp its own creator and the current time), and reproducible
 * zip entry times.
 */
final class OoxmlOutput {

    private OoxmlOutput() {
    }

    static byte[] save(POIXMLDocument document, EmbeddedProperties props) throws IOException {
        PackageProperties core = document.getProperties().getCoreProperties().getUnderlyingProperties();
        Optional<Date> created = Optional.ofNullable(DocumentDates.date(props.created()));
        core.setTitleProperty(Optional.ofNullable(props.title()));
        core.setCreatorProperty(Optional.ofNullable(props.author()));
        core.setLastModifiedByProperty(Optional.ofNullable(props.author()));
        core.setKeywordsProperty(Optional.ofNullable(props.keywords()));
        core.setCreatedProperty(created);
        core.setModifiedProperty(created);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return ReproducibleZip.normalise(out.toByteArray());
    }
}
