package org.resourcelibrary.web.alerts;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.resourcelibrary.core.html.Html;

/**
 * An alert e-mail in one language: its subject and its body, written once as blocks and sent as plain text and as
 * HTML alike, so the two parts never say different things. Everything in the HTML part is escaped, the member's
 * query included.
 *
 * @param language ISO 639-1 code of the words (the message's {@code Content-Language}, the HTML's {@code lang})
 */
record Letter(String language, String subject, List<Block> blocks) {

    /** A class on the library's own text (titles, organisations): the same in every language of the e-mail. */
    static final String LIBRARY_TEXT = "library-text";

    Letter {
        blocks = List.copyOf(blocks);
    }

    /** A part of the body. */
    sealed interface Block permits Paragraph, Link, Documents {
        String text();

        String html();
    }

    /** Words of the e-mail's own. */
    record Paragraph(String words) implements Block {
        @Override
        public String text() {
            return words;
        }

        @Override
        public String html() {
            return "<p>" + Html.escape(words) + "</p>";
        }
    }

    /** A link: its words, then the address written out in the text part, on the words in the HTML part. */
    record Link(String words, String url) implements Block {
        @Override
        public String text() {
            return words + "\n  " + url;
        }

        @Override
        public String html() {
            return "<p><a href=\"" + Html.escape(url) + "\">" + Html.escape(words) + "</a></p>";
        }
    }

    /**
     * A document new to the search.
     *
     * @param source  who published it and when (the library's own text), or empty
     * @param about   its type, countries and language, in the e-mail's language
     */
    record Document(String title, String source, String about, String url) {
    }

    /** The documents of a digest, in the search's order. */
    record Documents(List<Document> documents) implements Block {
        @Override
        public String text() {
            return documents.stream().map(d -> "* " + d.title() + "\n  "
                    + details(d.source(), d.about()) + "\n  " + d.url()).collect(Collectors.joining("\n"));
        }

        @Override
        public String html() {
            return documents.stream().map(d -> "<li><a href=\"" + Html.escape(d.url()) + "\">" + own(d.title())
                            + "</a><br>" + details(d.source().isEmpty() ? "" : own(d.source()), Html.escape(d.about()))
                            + "</li>")
                    .collect(Collectors.joining("\n", "<ul>\n", "\n</ul>"));
        }

        private static String details(String source, String about) {
            return Stream.of(source, about).filter(part -> !part.isEmpty()).collect(Collectors.joining(" · "));
        }

        private static String own(String text) {
            return "<span class=\"" + LIBRARY_TEXT + "\">" + Html.escape(text) + "</span>";
        }
    }

    /** The plain-text part. */
    String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n", "", "\n"));
    }

    /** The HTML part: a whole document in the e-mail's language. */
    String html() {
        return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(language) + "\">\n<head><meta charset=\"utf-8\"><title>"
                + Html.escape(subject) + "</title></head>\n<body>\n"
                + blocks.stream().map(Block::html).collect(Collectors.joining("\n")) + "\n</body>\n</html>\n";
    }
}
