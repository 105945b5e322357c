package org.resourcelibrary.web.pages;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.html.Html;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.indexer.editions.EvidenceLine;
import org.resourcelibrary.web.i18n.Messages;

/**
 * A proposal's evidence in the page's language: each line from its code and values, the thesaurus's concepts by
 * their labels and the languages by their names in that language; the library's own names, ids and numbers are
 * marked as its text. A proposal written before the codes were kept, or a line of a kind this version does not
 * know, shows ingest's English sentence, marked as such.
 */
final class EvidenceWords {

    private final Messages ui;
    private final Vocabulary vocabulary;
    private final Thesaurus thesaurus;

    EvidenceWords(Messages ui, Vocabulary vocabulary, Thesaurus thesaurus) {
        this.ui = ui;
        this.vocabulary = vocabulary;
        this.thesaurus = thesaurus;
    }

    /** The proposal's evidence, a line each, as HTML: the library's own names and ids marked as such. */
    List<Content> lines(EditionProposal proposal) {
        if (proposal.evidenceLines().size() != proposal.evidence().size()) {
            return proposal.evidence().stream().map(EvidenceWords::english).toList();
        }
        List<Content> lines = new ArrayList<>();
        for (int i = 0; i < proposal.evidenceLines().size(); i++) {
            EvidenceLine line = proposal.evidenceLines().get(i);
            String english = proposal.evidence().get(i);
            lines.add(line.kind().map(kind -> about(line, said(kind, line))).orElseGet(() -> english(english)));
        }
        return lines;
    }

    private Content said(EvidenceLine.Kind kind, EvidenceLine line) {
        List<Object> v = line.arguments();
        return switch (kind) {
            case SAME_ORGANISATION -> ui.html("editions.evidence.organisation", own(v.get(0)));
            case SAME_YEAR -> ui.html("editions.evidence.year", String.valueOf(v.get(0)));
            case YEARS -> ui.html("editions.evidence.years", String.valueOf(v.get(0)), String.valueOf(v.get(1)));
            case TITLES -> ui.html("editions.evidence.titles", String.join(", ", EvidenceLine.texts(v.get(0))
                    .stream().map(this::concept).toList()), language(v.get(1)), language(v.get(2)));
            case PAGES -> ui.html("editions.evidence.pages", v.get(0), v.get(1));
            case HEADINGS -> ui.html("editions.evidence.headings", v.get(0), v.get(1));
            case NUMBERS -> shown(line, ui.html("editions.evidence.numbers", v.get(0), v.get(1)));
            case NAMES -> shown(line, ui.html("editions.evidence.names", v.get(0), v.get(1)));
        };
    }

    /** A sharing line with the shared values it lists (the documents' own numbers and names), if any. */
    private Content shown(EvidenceLine line, Content said) {
        List<String> shown = EvidenceLine.texts(line.arguments().get(2));
        if (shown.isEmpty()) {
            return said;
        }
        Messages.Own listed = new Messages.Own(String.join(", ", shown));
        return ui.html("editions.evidence.shown", said, line.more() ? ui.html("editions.evidence.more", listed)
                : listed);
    }

    /** A line of a larger proposal, saying which two documents it is about. */
    private Content about(EvidenceLine line, Content said) {
        return line.pair().size() == 2 ? ui.html("editions.evidence.pair", own(line.pair().get(0)),
                own(line.pair().get(1)), said) : said;
    }

    /** A line as ingest said it, in English (and marked so), for a proposal written before the codes were kept. */
    private static Content english(String line) {
        String html = "<span lang=\"" + Messages.DEFAULT_LANGUAGE + "\">" + Html.escape(line) + "</span>";
        return output -> output.writeContent(html);
    }

    private static Messages.Own own(Object value) {
        return new Messages.Own(String.valueOf(value));
    }

    private String concept(String id) {
        return thesaurus.concept(id).map(c -> c.label(ui.language())).orElse(id);
    }

    private String language(Object code) {
        return vocabulary.label(Dimension.LANGUAGE, String.valueOf(code), ui.language());
    }
}
