package org.resourcelibrary.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.ManualClock;
import org.resourcelibrary.web.RunningApp;

/** Resumption tokens over the five-document test library in pages of two, with a clock the test moves. */
class ResumptionTokenTest extends ApiTestBase {

    private static final ManualClock CLOCK = new ManualClock(Instant.now());
    private static Javalin server;
    private static RunningApp client;

    @BeforeAll
    static void startInPagesOfTwo() {
        server = Javalin.create(config -> HarvestRoutes.register(config.routes, library.services(), 2,
                Sitemap.MAX_URLS, CLOCK)).start("127.0.0.1", 0);
        client = RunningApp.client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String next(String token) {
        return OaiProviderTest.oai(client, "verb=ListIdentifiers&resumptionToken="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    @Test
    void eachPageSaysTheListsSizeAndWhereItStandsAndTheLastHasAnEmptyToken() {
        CLOCK.setTo(Instant.now());
        String first = OaiProviderTest.oai(client, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        String second = next(XmlChecks.text(first, "//oai:resumptionToken"));
        String third = next(XmlChecks.text(second, "//oai:resumptionToken"));

        assertThat(XmlChecks.texts(first, "//oai:resumptionToken/@completeListSize")).containsExactly("5");
        assertThat(XmlChecks.texts(first, "//oai:resumptionToken/@cursor")).containsExactly("0");
        assertThat(XmlChecks.texts(second, "//oai:resumptionToken/@cursor")).containsExactly("2");
        assertThat(XmlChecks.texts(third, "//oai:header")).hasSize(1);
        assertThat(XmlChecks.texts(third, "//oai:resumptionToken/@cursor")).containsExactly("4");
        assertThat(XmlChecks.text(third, "//oai:resumptionToken")).isEmpty();
        assertThat(XmlChecks.texts(third, "//oai:resumptionToken/@expirationDate")).isEmpty();
    }

    @Test
    void aTokenPastItsExpirationDateIsRefused() {
        CLOCK.setTo(Instant.now());
        String first = OaiProviderTest.oai(client, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        String token = XmlChecks.text(first, "//oai:resumptionToken");
        Instant expires = Instant.parse(XmlChecks.text(first, "//oai:resumptionToken/@expirationDate"));

        CLOCK.setTo(expires.plus(Duration.ofSeconds(1)));

        assertThat(XmlChecks.text(next(token), "//oai:error/@code")).isEqualTo("badResumptionToken");
    }
}
