package org.resourcelibrary.web.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A document as a CSL item: the one mapping of the library's metadata to what reference managers know, read by
 * every export and style. The organisation is the publisher, and also the (institutional) author when the
 * document names no people (a literal name, which no style splits into family and given); the library's type becomes the nearest CSL type, with the library's own label as
 * the genre where the CSL type alone would say less.
 */
public final class CitationItems {

    /** The library's types and the CSL types that describe them (anything else is a plain "document"). */
    private static final Map<String, CSLType> TYPES = Map.ofEntries(
            Map.entry("report", CSLType.REPORT),
            Map.entry("guidance", CSLType.REPORT),
            Map.entry("policy-legislation", CSLType.REPORT),
            Map.entry("case-study", CSLType.REPORT),
            Map.entry("research-evidence", CSLType.REPORT),
            Map.entry("gray-literature", CSLType.REPORT),
            Map.entry("newsletter-brief", CSLType.PAMPHLET),
            Map.entry("presentation-webinar", CSLType.SPEECH));
    /** The library type CSL's "report" already says: it gets no genre of its own. */
    private static final String PLAIN_REPORT = "report";

    private final Vocabulary vocabulary;

    public CitationItems(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The CSL item of a document.
     *
     * @param url   the document's page, absolute: a citation is read far from this site
     * @param label the language of the genre's label (the member's language)
     */
    public CSLItemData of(Resource resource, String url, String label) {
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(resource.id())
                .type(TYPES.getOrDefault(resource.type(), CSLType.DOCUMENT))
                .title(resource.title())
                .URL(url);
        if (resource.type() != null && !PLAIN_REPORT.equals(resource.type())) {
            item.genre(vocabulary.label(Dimension.TYPE, resource.type(), label));
        }
        if (!resource.authors().isEmpty()) {
            item.author(resource.authors().stream().map(CitationItems::person).toArray(CSLName[]::new));
        } else if (resource.organization() != null) {
            item.author(new CSLNameBuilder().literal(resource.organization()).build());
        }
        if (resource.organization() != null) {
            item.publisher(resource.organization());
        }
        if (resource.year() != null) {
            item.issued(resource.year());
        }
        if (resource.language() != null) {
            item.language(resource.language());
        }
        if (resource.summary() != null && !resource.summary().isBlank()) {
            item.abstrct(resource.summary().strip());
        }
        if (!resource.keywords().isEmpty()) {
            item.keyword(String.join(", ", resource.keywords()));
        }
        if (resource.extraction() != null && resource.extraction().pages() != null) {
            item.numberOfPages(resource.extraction().pages().toString());
        }
        return item.build();
    }

    /** The year an item was issued, or null. */
    static String year(CSLItemData item) {
        return item.getIssued() == null ? null : String.valueOf(item.getIssued().getDateParts()[0][0]);
    }

    /** An item's authors as "Family, Given" (as RIS, Highwire and Dublin Core write them), institutions whole. */
    static List<String> names(CSLItemData item) {
        List<String> names = new ArrayList<>();
        if (item.getAuthor() != null) {
            for (CSLName name : item.getAuthor()) {
                names.add(name.getLiteral() != null ? name.getLiteral() : name.getFamily() + ", " + name.getGiven());
            }
        }
        return names;
    }

    /**
     * A person's name as written in the metadata: "Family, Given" as written, "Given Family" split at the last
     * space; a single word (an acronym, a mononym) is kept whole rather than guessed at.
     */
    static CSLName person(String name) {
        String written = name.strip();
        int comma = written.indexOf(',');
        if (comma > 0) {
            return new CSLNameBuilder().family(written.substring(0, comma).strip())
                    .given(written.substring(comma + 1).strip()).build();
        }
        int space = written.lastIndexOf(' ');
        if (space > 0) {
            return new CSLNameBuilder().given(written.substring(0, space).strip())
                    .family(written.substring(space + 1)).build();
        }
        return new CSLNameBuilder().literal(written).build();
    }
}
