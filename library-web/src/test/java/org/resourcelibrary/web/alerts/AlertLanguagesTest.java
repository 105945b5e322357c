package org.resourcelibrary.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.MailParts;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.pages.InterfaceLanguagesTest;

/**
 * Alert e-mails in the language the search was followed in: the words from the interface's bundles (walked
 * against every English message, as the pages are), dates, counts and facet values as that language writes
 * them, and the message and its HTML part saying which language they are in.
 */
class AlertLanguagesTest extends AlertsOverSmtp {

    private static final String ADDRESS = "membre@example.org";
    private static final Pattern ADDRESSES = Pattern.compile("https?://\\S+");
    private static final Pattern CONFIRM = Pattern.compile("http://[^/\\s]+(/alerts/confirm\\?token=\\w+&lang=\\w+)");

    private HttpResponse<String> subscribe(String query, String acceptLanguage) {
        HttpRequest.Builder request = request("/api/alerts?" + query, "email=" + ADDRESS + "&frequency=weekly");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return app.send(request.build());
    }

    /** Subscribes in {@code query}'s language, confirms, and receives the digest of the documents {@code added}. */
    private MimeMessage digest(String query, DocumentsAdded added) throws Exception {
        assertThat(subscribe(query, null).statusCode()).isEqualTo(202);
        Matcher link = CONFIRM.matcher(MailParts.text(MAIL.getReceivedMessages()[0]));
        assertThat(link.find()).isTrue();
        assertThat(post(link.group(1), "").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        added.add();
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isEqualTo(1);
        return MAIL.getReceivedMessages()[1];
    }

    @FunctionalInterface
    private interface DocumentsAdded {
        void add() throws IOException;
    }

    private void addFrench(String id) throws IOException {
        NewDocuments.add(library, clock.instant(), id, "fr", "La supervision en Zambie " + id,
                "Ministère du Développement communautaire", "La supervision des travailleurs sociaux en Zambie.");
    }

    /**
     * The English interface words in the subject and both parts of a message written in {@code language}; the
     * text part's addresses are left out, as the pages' are ({@code /alerts/…}, {@code year_from=}).
     */
    private static List<String> englishWords(MimeMessage message, String language) throws Exception {
        List<String> found = new ArrayList<>(InterfaceLanguagesTest.englishWords(MailParts.html(message), language));
        found.addAll(InterfaceLanguagesTest.englishWords(ADDRESSES.matcher(MailParts.text(message)).replaceAll(" "),
                language));
        found.addAll(InterfaceLanguagesTest.englishWords(message.getSubject(), language));
        return found;
    }

    private static String zambia(String language) {
        return Vocabulary.standard().label(Dimension.COUNTRY, "ZM", language);
    }

    @Test
    void a_french_subscription_gets_a_french_confirmation_with_no_english_sentence() throws Exception {
        HttpResponse<String> response = subscribe("q=supervision&country=ZM&lang=fr", null);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(ApiTestBase.json(response).get("language").asText()).isEqualTo("fr");
        MimeMessage confirmation = MAIL.getReceivedMessages()[0];
        assertThat(confirmation.getSubject()).isEqualTo("Confirmez votre alerte de la Bibliothèque de ressources");
        assertThat(confirmation.getContentLanguage()).containsExactly("fr");
        assertThat(MailParts.html(confirmation)).contains("<html lang=\"fr\">");
        assertThat(zambia("fr")).isNotEqualTo(zambia("en"));
        assertThat(MailParts.text(confirmation)).contains("«\u00a0supervision\u00a0» · Pays\u00a0: " + zambia("fr"))
                .contains("chaque semaine").contains("/alerts/confirm?token=").contains("&lang=fr");
        assertThat(englishWords(confirmation, "fr")).isEmpty();
    }

    @Test
    void a_french_digest_has_no_english_sentence_and_dates_and_labels_in_french() throws Exception {
        MimeMessage digest = digest("q=supervision&country=ZM&lang=fr", () -> addFrench("nouveau-rapport"));

        assertThat(digest.getSubject()).isEqualTo("1 nouveau document pour votre recherche");
        assertThat(digest.getContentLanguage()).containsExactly("fr");
        String text = MailParts.text(digest);
        assertThat(text).contains("du 1 juin 2026 au 8 juin 2026")
                .contains("La supervision en Zambie nouveau-rapport")
                .contains(Vocabulary.standard().label(Dimension.TYPE, "report", "fr") + " · " + zambia("fr")
                        + " · " + Vocabulary.standard().label(Dimension.LANGUAGE, "fr", "fr") + " · 2026")
                .contains("/alerts/unsubscribe?token=").contains("/alerts/forget?token=");
        assertThat(MailParts.html(digest)).contains("<html lang=\"fr\">")
                .contains("<span class=\"library-text\">La supervision en Zambie nouveau-rapport</span>");
        assertThat(englishWords(digest, "fr")).isEmpty();
    }

    @Test
    void the_browsers_language_writes_the_alert_when_the_search_names_none() throws Exception {
        HttpResponse<String> response = subscribe("q=supervision&country=ZM", "es-CO,es;q=0.9,en;q=0.5");

        assertThat(ApiTestBase.json(response).get("language").asText()).isEqualTo("es");
        MimeMessage confirmation = MAIL.getReceivedMessages()[0];
        assertThat(confirmation.getSubject()).isEqualTo("Confirme su alerta de la Biblioteca de recursos");
        assertThat(MailParts.text(confirmation)).contains("«supervision» · País: " + zambia("es"));
        assertThat(englishWords(confirmation, "es")).isEmpty();
    }

    @Test
    void a_portuguese_digest_counts_and_describes_in_portuguese() throws Exception {
        MimeMessage digest = digest("country=ZM&year_from=2020&lang=pt", () -> {
            NewDocuments.addEnglish(library, clock.instant(), "report-a");
            NewDocuments.addEnglish(library, clock.instant(), "report-b");
        });

        assertThat(digest.getSubject()).isEqualTo("2 documentos novos para a sua pesquisa");
        assertThat(MailParts.html(digest)).contains("<html lang=\"pt\">");
        assertThat(MailParts.text(digest)).contains("de 1 de junho de 2026 a 8 de junho de 2026")
                .contains("País: " + zambia("pt") + " · Ano: a partir de 2020");
        assertThat(englishWords(digest, "pt")).isEmpty();
    }

    @Test
    void the_members_query_is_escaped_in_the_html_part() throws Exception {
        assertThat(subscribe("q=%3Cb%3Esupervision%3C%2Fb%3E+%26+cas&lang=fr", null).statusCode()).isEqualTo(202);

        String html = MailParts.html(MAIL.getReceivedMessages()[0]);
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;supervision&lt;/b&gt; &amp; cas");
    }

    @Test
    void a_language_that_is_none_of_the_four_is_a_400_naming_lang_and_nothing_is_sent() {
        HttpResponse<String> response = subscribe("q=supervision&lang=de", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = ApiTestBase.json(response);
        assertThat(problem.get("parameter").asText()).isEqualTo("lang");
        assertThat(problem.get("detail").asText()).contains("de").contains("en, fr, es, pt");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_store_made_before_languages_opens_and_its_alerts_are_sent_in_english() throws Exception {
        Path oldDatabase = dir.resolve("old-db");
        try (LibraryDatabase old = LibraryDatabase.open(oldDatabase, OldStore.SCHEMA)) {
            OldStore.addConfirmed(old, "old-token", clock.instant());
        }
        try (LibraryDatabase upgraded = LibraryDatabase.open(oldDatabase)) {
            Alerts upgradedAlerts = alerts(upgraded);
            clock.advance(Duration.ofHours(1));
            NewDocuments.addEnglish(library, clock.instant(), "new-report");
            clock.advance(Duration.ofDays(7));

            assertThat(upgradedAlerts.sendDigests()).isEqualTo(1);
        }
        MimeMessage digest = MAIL.getReceivedMessages()[0];
        assertThat(digest.getSubject()).isEqualTo("1 new document for your search");
        assertThat(digest.getContentLanguage()).containsExactly("en");
        assertThat(MailParts.text(digest)).contains("from 1 June 2026 to 8 June 2026").contains("“supervision”")
                .contains("/alerts/unsubscribe?token=old-token&lang=en");
    }
}
