package org.resourcelibrary.samples.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.resourcelibrary.core.html.Html;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.EmbeddedProperties;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.SourceDocument;
import org.resourcelibrary.samples.source.Span;

/** A complete HTML5 page: properties as {@code <title>} and {@code <meta>}, one section per source page. */
final class HtmlRenderer implements Renderer {

    private static final String STYLE = "body{font-family:Georgia,serif;max-width:48em;margin:2em auto;"
            + "padding:0 1em;line-height:1.5}section+section{border-top:1px solid #ccc;margin-top:2em}"
            + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.3em .6em;"
            + "text-align:left;vertical-align:top}";

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public byte[] render(SourceDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(document.metadata().language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        head(html, document.metadata().properties());
        html.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        for (Page page : document.pages()) {
            html.append("<section>\n");
            for (Block block : page.blocks()) {
                block(html, block);
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void head(StringBuilder html, EmbeddedProperties props) {
        if (props.title() != null) {
            html.append("<title>").append(Html.escapeKeepingApostrophes(props.title())).append("</title>\n");
        }
        meta(html, "author", props.author());
        meta(html, "dcterms.created", props.created() == null ? null : props.created().toString());
        meta(html, "keywords", props.keywords());
    }

    private static void meta(StringBuilder html, String name, String content) {
        if (content != null) {
            html.append("<meta name=\"").append(name).append("\" content=\"")
                    .append(Html.escapeKeepingApostrophes(content)).append("\">\n");
        }
    }

    private static void block(StringBuilder html, Block block) {
        if (block instanceof Block.Heading h) {
            html.append("<h").append(h.level()).append('>').append(Html.escapeKeepingApostrophes(h.text()))
                    .append("</h").append(h.level()).append(">\n");
        } else if (block instanceof Block.Paragraph p) {
            html.append("<p>");
            inline(html, p.text());
            html.append("</p>\n");
        } else if (block instanceof Block.ListBlock l) {
            String tag = l.numbered() ? "ol" : "ul";
            html.append('<').append(tag);
            if (l.numbered() && l.start() != 1) {
                html.append(" start=\"").append(l.start()).append('"');
            }
            html.append(">\n");
            for (RichText item : l.items()) {
                html.append("<li>");
                inline(html, item);
                html.append("</li>\n");
            }
            html.append("</").append(tag).append(">\n");
        } else if (block instanceof Block.Table t) {
            html.append("<table>\n<thead>\n");
            row(html, t.header(), "th");
            html.append("</thead>\n<tbody>\n");
            t.rows().forEach(row -> row(html, row, "td"));
            html.append("</tbody>\n</table>\n");
        }
    }

    private static void row(StringBuilder html, List<RichText> cells, String tag) {
        html.append("<tr>");
        for (RichText cell : cells) {
            html.append('<').append(tag).append('>');
            inline(html, cell);
            html.append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
    }

    private static void inline(StringBuilder html, RichText text) {
        for (Span span : text.spans()) {
            if (span.bold()) {
                html.append("<strong>").append(Html.escapeKeepingApostrophes(span.text())).append("</strong>");
            } else {
                html.append(Html.escapeKeepingApostrophes(span.text()));
            }
        }
    }
}
