package org.resourcelibrary.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.Fixtures;
import org.resourcelibrary.samples.source.Format;

/** The hand-written text formats: RTF, HTML and plain text. */
class TextFormatsTest {

    private static String render(Format format) throws IOException {
        return new String(Renderers.standard().of(format).render(Fixtures.of(format)), StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void rtfEscapesAccentsAsUnicodeAndKeepsBracesBalanced() throws IOException {
        String rtf = render(Format.RTF);

        assertThat(rtf).startsWith("{\\rtf1").contains("\\u233?", "\\u231?", "\\u241?", "\\u227?", "\\u245?");
        assertThat(rtf.chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(count(rtf.replace("\\{", "").replace("\\}", ""), "{"))
                .isEqualTo(count(rtf.replace("\\{", "").replace("\\}", ""), "}"));
    }

    @Test
    void rtfHasInfoGroupAndOnePageBreakPerSourcePage() throws IOException {
        String rtf = render(Format.RTF);

        assertThat(rtf).contains("{\\info{\\title \\u201?valuation & \"suivi\" <2018>}{\\author Aminata Diouf}",
                "{\\creatim\\yr2018\\mo11\\dy26\\hr12\\min0}");
        assertThat(count(rtf, "\\page\n")).isEqualTo(Fixtures.of(Format.RTF).pages().size() - 1);
        assertThat(rtf).contains("\\b", "\\bullet\\tab", "\\trowd", "\\cell", "\\row");
    }

    @Test
    void htmlHasHeadMetadataAndEscapedText() throws IOException {
        String html = render(Format.HTML);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
                .contains("<title>Évaluation &amp; &quot;suivi&quot; &lt;2018&gt;</title>",
                        "<meta name=\"author\" content=\"Aminata Diouf\">",
                        "<meta name=\"dcterms.created\" content=\"2018-11-26\">",
                        "<meta name=\"keywords\" content=\"évaluation; main-d'œuvre; Sénégal\">",
                        "<h1>Évaluation de la main-d'œuvre: São Tomé &amp; Príncipe &lt;test&gt;</h1>",
                        "<strong>résultats principaux</strong>", "<ol start=\"3\">", "<th>Région</th>");
        assertThat(count(html, "<section>")).isEqualTo(3);
    }

    @Test
    void htmlWithoutPropertiesHasNoMetadata() throws IOException {
        String html = new String(Renderers.standard().of(Format.HTML).render(TestDocuments.paged(Format.HTML, "x")),
                StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<title>", "name=\"author\"", "dcterms.created", "keywords");
    }

    @Test
    void txtUnderlinesHeadingsAndSeparatesPages() throws IOException {
        String txt = render(Format.TXT);

        assertThat(txt).startsWith("Évaluation de la main-d'œuvre: São Tomé & Príncipe <test>\n"
                + "=========================================================\n");
        assertThat(txt).contains("Principales conclusions\n-----------------------\n", "NOTE MÉTHODOLOGIQUE\n",
                "  - Les effectifs sont insuffisants.\n", "  3. Recruter 400 agents.\n", "Région  Postes  Pourvus\n");
        assertThat(count(txt, "\n\n\n\n")).isEqualTo(2);
        assertThat(txt.lines()).allMatch(line -> line.length() <= TxtRenderer.WIDTH);
    }
}
