package org.resourcelibrary.web.cite;

import java.util.List;

/**
 * How a document page cites its document, for people and for reference managers.
 *
 * @param meta      Highwire {@code citation_*} and Dublin Core {@code DC.*} meta tags, in order
 * @param jsonLd    the schema.org description as JSON-LD, safe to place in a {@code <script>} element as it is
 * @param coins     the COinS OpenURL ({@code title} of a {@code span.Z3988}), unescaped
 * @param formatted the document in each formatted style
 * @param exports   links to each export
 */
public record DocumentCitation(List<Meta> meta, String jsonLd, String coins, List<Formatted> formatted,
                               List<Export> exports) {

    /** A {@code <meta name content>} tag. */
    public record Meta(String name, String content) {
    }

    /** The document in a style ("APA") as text. */
    public record Formatted(String style, String text) {
    }

    /** A link to an export ("RIS"). */
    public record Export(String label, String href) {
    }
}
