package org.resourcelibrary.samples.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.samples.source.Format;

/** The renderer of each format. */
public final class Renderers {

    private final Map<Format, Renderer> byFormat = new EnumMap<>(Format.class);

    private Renderers(List<Renderer> renderers) {
        renderers.forEach(r -> byFormat.put(r.format(), r));
        for (Format format : Format.values()) {
            if (!byFormat.containsKey(format)) {
                throw new IllegalStateException("no renderer for format " + format.code());
            }
        }
    }

    /** A renderer for every format. */
    public static Renderers standard() {
        return new Renderers(List.of(new PdfRenderer(), new ScannedPdfRenderer(), new DocxRenderer(),
                new RtfRenderer(), new PptxRenderer(), new XlsxRenderer(), new OdtRenderer(), new HtmlRenderer(),
                new TxtRenderer()));
    }

    public Renderer of(Format format) {
        return byFormat.get(format);
    }
}
