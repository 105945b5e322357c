package org.resourcelibrary.samples.render;

import java.io.IOException;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;

/** Writes a source document as a file of one format. Implementations are stateless and deterministic. */
public interface Renderer {

    /** The format this renderer writes. */
    Format format();

    /** The file's bytes; the same document always gives the same bytes. */
    byte[] render(SourceDocument document) throws IOException;
}
