package org.resourcelibrary.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.LibraryWebApp;
import org.resourcelibrary.web.MailParts;
import org.resourcelibrary.web.RunningApp;

/** E-mail alerts: what a subscription sends, when, and how it is stopped. */
class AlertsTest extends AlertsOverSmtp {

    private static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/alerts/confirm\\?token=\\w+)");
    private static final String ADDRESS = "member@example.org";

    private HttpResponse<String> subscribe() {
        return post("/api/alerts?q=supervision&country=ZM", "email=" + ADDRESS + "&frequency=weekly");
    }

    private String confirmationLink() {
        Matcher link = LINK.matcher(MailParts.text(MAIL.getReceivedMessages()[0]));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** Follows the confirmation e-mail's link and presses its page's button. */
    private HttpResponse<String> confirm() {
        return post(confirmationLink(), "");
    }

    /** A new report on supervision in Zambia, added at the clock's time. */
    private void addDocument(String id) throws IOException {
        NewDocuments.addEnglish(library, clock.instant(), id);
    }

    /** Subscribes, confirms, and receives a first digest (the second message) for a document added since. */
    private MimeMessage firstDigest() throws Exception {
        subscribe();
        confirm();
        clock.advance(Duration.ofHours(1));
        addDocument("new-report");
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isEqualTo(1);
        return MAIL.getReceivedMessages()[1];
    }

    @Test
    void a_subscription_sends_only_a_confirmation() throws Exception {
        HttpResponse<String> response = subscribe();

        assertThat(response.statusCode()).isEqualTo(202);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(ADDRESS);
        assertThat(received[0].getSubject()).isEqualTo("Confirm your alert from the Resource Library");
        assertThat(confirmationLink()).startsWith("/alerts/confirm?token=");
    }

    @Test
    void nothing_is_sent_before_confirmation() throws Exception {
        subscribe();
        clock.advance(Duration.ofHours(1));
        addDocument("new-report");
        clock.advance(Duration.ofDays(8));

        assertThat(alerts.sendDigests()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_confirmed_alert_sends_a_digest_of_new_documents_with_one_click_unsubscribe() throws Exception {
        subscribe();
        assertThat(confirm().statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        addDocument("new-report");
        clock.advance(Duration.ofDays(7));

        assertThat(alerts.sendDigests()).isEqualTo(1);
        MimeMessage digest = MAIL.getReceivedMessages()[1];
        assertThat(digest.getSubject()).isEqualTo("1 new document for your search");
        String body = MailParts.text(digest);
        assertThat(body).contains("Supervision in Zambia new-report").contains("/documents/new-report")
                .doesNotContain("Zambia Social Service Workforce Assessment");
        assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(digest.getHeader("List-Unsubscribe")[0]).matches("<http://\\S+/api/alerts/unsubscribe\\?token=\\w+>");
    }

    @Test
    void a_digest_is_not_sent_before_it_is_due_nor_twice_for_the_same_documents() throws Exception {
        subscribe();
        confirm();
        clock.advance(Duration.ofHours(1));
        addDocument("new-report");

        assertThat(alerts.sendDigests()).isZero();
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isEqualTo(1);
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isZero();
    }

    @Test
    void a_digest_lists_every_new_document_its_search_finds_not_only_its_first_page() throws Exception {
        subscribe();
        confirm();
        clock.advance(Duration.ofHours(1));
        int added = SearchRequest.MAX_SIZE + 5;
        for (int i = 0; i < added; i++) {
            addDocument("new-report-" + i);
        }
        clock.advance(Duration.ofDays(7));

        assertThat(alerts.sendDigests()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()[1].getSubject()).isEqualTo(added + " new documents for your search");
    }

    @Test
    void one_click_unsubscribes_and_nothing_more_arrives() throws Exception {
        firstDigest();
        String unsubscribe = MAIL.getReceivedMessages()[1].getHeader("List-Unsubscribe")[0];
        String path = unsubscribe.substring(unsubscribe.indexOf("/api/"), unsubscribe.length() - 1);

        HttpResponse<String> response = post(path, "List-Unsubscribe=One-Click");
        addDocument("another-report");
        clock.advance(Duration.ofDays(7));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(alerts.sendDigests()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void the_digests_links_for_people_open_a_page_whose_button_posts_back() throws Exception {
        firstDigest();
        Matcher link = Pattern.compile("http://\\S+(/alerts/unsubscribe\\?token=(\\w+))")
                .matcher(MailParts.text(MAIL.getReceivedMessages()[1]));
        assertThat(link.find()).isTrue();

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(app.get(link.group(1)).body());

        assertThat(page.select("form[method=post]").attr("action"))
                .isEqualTo("/alerts/unsubscribe?token=" + link.group(2));
    }

    @Test
    void the_confirmation_link_opens_a_page_and_only_its_button_confirms() throws Exception {
        subscribe();
        HttpResponse<String> page = app.get(confirmationLink());
        clock.advance(Duration.ofHours(1));
        addDocument("new-report");
        clock.advance(Duration.ofDays(7));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(page.body()).select("form[method=post]").attr("action"))
                .isEqualTo(confirmationLink());
        assertThat(alerts.sendDigests()).as("opening the link confirms nothing").isZero();
    }

    @Test
    void the_confirmation_button_answers_with_a_page_in_the_pages_language() throws Exception {
        subscribe();

        HttpResponse<String> confirmed = post(confirmationLink() + "&lang=fr", "");
        HttpResponse<String> again = post("/alerts/confirm?token=unknown&lang=fr", "");

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(confirmed.body()).contains("<html lang=\"fr\">").contains("Votre alerte est confirmée");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("Aucune alerte n’attend cette confirmation");
    }

    @Test
    void forgetting_an_address_deletes_its_alerts() throws Exception {
        subscribe();
        String token = confirmationLink().replaceAll(".*token=", "");

        HttpResponse<String> response = post("/api/alerts/forget?token=" + token, "");

        assertThat(response.body()).startsWith("Deleted: 1 alert");
        assertThat(confirm().statusCode()).isEqualTo(404);
        assertThat(post("/alerts/forget?token=" + token, "").body()).contains("Deleted: no alert");
    }

    @Test
    void a_bad_address_is_a_400_naming_email() {
        HttpResponse<String> response = post("/api/alerts?q=supervision", "email=not-an-address");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestBase.json(response).get("parameter").asText()).isEqualTo("email");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_bad_search_is_a_400_before_anything_is_sent() {
        HttpResponse<String> response = post("/api/alerts?country=Narnia", "email=" + ADDRESS);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTestBase.json(response).get("parameter").asText()).isEqualTo("country");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_address_asking_too_often_is_a_429() {
        for (int i = 0; i < AddressLimit.MAX_REQUESTS; i++) {
            assertThat(subscribe().statusCode()).isEqualTo(202);
        }

        assertThat(subscribe().statusCode()).isEqualTo(429);
        assertThat(MAIL.getReceivedMessages()).hasSize(AddressLimit.MAX_REQUESTS);
    }

    @Test
    void without_smtp_settings_alerts_say_they_are_off() {
        Javalin off = LibraryWebApp.create(library.services()).start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = RunningApp.client(off.port()).send(RunningApp.client(off.port())
                    .request("/api/alerts?q=supervision").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + ADDRESS)).build());

            assertThat(response.statusCode()).isEqualTo(503);
            JsonNode problem = ApiTestBase.json(response);
            assertThat(problem.get("detail").asText()).isEqualTo("alerts are off: no SMTP server configured");
        } finally {
            off.stop();
        }
    }
}
