package org.resourcelibrary.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/** A record of one edition of a work names the others' pages as {@code dc:relation}, in a valid response. */
class OaiEditionsTest extends ApiTestBase {

    private static final String DC = "//oai:metadata/oai_dc:dc/dc:";

    @BeforeAll
    static void oneWork() {
        for (String id : List.of(TestLibrary.TOOLKIT, TestLibrary.GUIA)) {
            HttpResponse<String> edit = app.send(app.request("/api/documents/" + id)
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"work\": \"case-management\"}")).build());
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        }
    }

    @Test
    void aRecordRelatesTheOtherEditionsOfItsWork() {
        String xml = OaiProviderTest.oai(app, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:127.0.0.1:"
                + TestLibrary.TOOLKIT);

        assertThat(XmlChecks.texts(xml, DC + "relation"))
                .containsExactly(app.uri(Hit.documentUrl(TestLibrary.GUIA)).toString());
    }

    @Test
    void aRecordOfAWorkOfItsOwnRelatesNothing() {
        String xml = OaiProviderTest.oai(app, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:127.0.0.1:"
                + TestLibrary.ZAMBIA);

        assertThat(XmlChecks.texts(xml, DC + "relation")).isEmpty();
    }
}
