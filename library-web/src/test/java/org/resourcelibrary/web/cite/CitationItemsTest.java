package org.resourcelibrary.web.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** How a document's metadata becomes what reference managers read, and how the exports write it. */
class CitationItemsTest {

    private static final String URL = "https://library.example/documents/x";
    private final CitationItems items = new CitationItems(Vocabulary.standard());

    private static Resource resource(String title, List<String> authors, String type, String summary,
                                     List<String> keywords) {
        return Resource.of("x", Metadata.NONE.with(MetadataField.TITLE, title).with(MetadataField.SUMMARY, summary)
                        .with(MetadataField.KEYWORDS, keywords).with(MetadataField.AUTHORS, authors)
                        .with(MetadataField.COUNTRIES, List.of("KE")).with(MetadataField.TYPE, type)
                        .with(MetadataField.LANGUAGE, "en").with(MetadataField.YEAR, 2021)
                        .with(MetadataField.ORGANIZATION, "Regional Child Care Network"))
                .withFile("x.pdf", "application/pdf", 1, "0");
    }

    private CSLItemData item(Resource resource) {
        return items.of(resource, URL, "en");
    }

    @Test
    void named_authors_are_the_authors_and_the_organisation_only_the_publisher() {
        CSLItemData item = item(resource("T", List.of("Wanjiru Kamau", "Otieno, James"), "toolkit", null,
                List.of()));

        assertThat(item.getAuthor()).extracting(CSLName::getFamily).containsExactly("Kamau", "Otieno");
        assertThat(item.getAuthor()).extracting(CSLName::getGiven).containsExactly("Wanjiru", "James");
        assertThat(item.getPublisher()).isEqualTo("Regional Child Care Network");
    }

    @Test
    void a_single_word_author_is_kept_whole() {
        assertThat(CitationItems.person("UNICEF").getLiteral()).isEqualTo("UNICEF");
    }

    @Test
    void the_library_type_becomes_the_nearest_csl_type_with_its_label_as_genre() {
        CSLItemData toolkit = item(resource("T", List.of(), "toolkit", null, List.of()));
        CSLItemData webinar = item(resource("T", List.of(), "presentation-webinar", null, List.of()));
        CSLItemData report = item(resource("T", List.of(), "report", null, List.of()));

        assertThat(toolkit.getType()).isEqualTo(CSLType.DOCUMENT);
        assertThat(toolkit.getGenre()).isEqualTo("Toolkit");
        assertThat(webinar.getType()).isEqualTo(CSLType.SPEECH);
        assertThat(report.getType()).isEqualTo(CSLType.REPORT);
        assertThat(report.getGenre()).isNull();
    }

    @Test
    void bibtex_escapes_tex_specials_in_text_but_not_in_the_url() {
        String bib = Citations.format(List.of(item(resource("Cash & care: 100% of {budgets}_", List.of(),
                "toolkit", null, List.of()))), CitationFormat.BIBTEX, "en");

        assertThat(bib).contains("title = {{Cash \\& care: 100\\% of \\{budgets\\}\\_}}")
                .contains("url = {" + URL + "}").startsWith("@misc{x,");
    }

    @Test
    void bibtex_keys_keep_only_characters_every_reader_accepts() {
        assertThat(BibTeXExport.key("guía manejo/casos")).isEqualTo("gu-a-manejo-casos");
    }

    @Test
    void ris_writes_a_multi_line_summary_on_one_line_and_each_keyword_on_its_own() {
        String ris = Citations.format(List.of(item(resource("T", List.of(), "toolkit", "First line.\n\nSecond.",
                List.of("supervision", "case management")))), CitationFormat.RIS, "en");

        assertThat(ris).contains("AB  - First line. Second.\r\n", "KW  - supervision\r\n",
                "KW  - case management\r\n", "M3  - Toolkit\r\n");
    }

    @Test
    void a_style_lists_named_authors_family_name_first() {
        String apa = Citations.format(List.of(item(resource("Supervision in practice", List.of("Wanjiru Kamau"),
                "report", null, List.of()))), CitationFormat.APA, "en");

        assertThat(apa).isEqualTo("Kamau, W. (2021). Supervision in practice. Regional Child Care Network. "
                + URL + "\n");
    }
}
