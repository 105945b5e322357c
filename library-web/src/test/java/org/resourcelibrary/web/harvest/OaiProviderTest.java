package org.resourcelibrary.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.WebSettings;

/** The OAI-PMH verbs and errors over the five-document test library, every response checked by the schemas. */
class OaiProviderTest extends ApiTestBase {

    static final Schema OAI_PMH = XmlChecks.schema("OAI-PMH.xsd", "oai_dc.xsd");
    private static final String ZAMBIA = "oai:127.0.0.1:" + TestLibrary.ZAMBIA;

    /** A GET of {@code /oai?query}, checked to be a valid OAI-PMH response before it is returned. */
    static String oai(RunningApp on, String query) {
        HttpResponse<String> response = on.get("/oai?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/xml"));
        XmlChecks.validate(OAI_PMH, response.body());
        return response.body();
    }

    private static String oai(String query) {
        return oai(app, query);
    }

    private static String errorCode(String xml) {
        return XmlChecks.text(xml, "/oai:OAI-PMH/oai:error/@code");
    }

    @Test
    void theSchemasRefuseAnInvalidResponse() {
        String xml = oai("verb=Identify").replace("persistent", "sometimes");

        assertThatThrownBy(() -> XmlChecks.validate(OAI_PMH, xml)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("sometimes");
    }

    @Test
    void identifyDescribesTheRepository() {
        String xml = oai("verb=Identify");

        assertThat(XmlChecks.text(xml, "//oai:Identify/oai:baseURL")).isEqualTo(app.uri("/oai").toString());
        assertThat(XmlChecks.text(xml, "//oai:deletedRecord")).isEqualTo("persistent");
        assertThat(XmlChecks.text(xml, "//oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(XmlChecks.text(xml, "//oai:adminEmail")).isEqualTo("librarian@127.0.0.1");
    }

    @Test
    void oaiDcIsTheMetadataFormat() {
        String xml = oai("verb=ListMetadataFormats&identifier=" + ZAMBIA);

        assertThat(XmlChecks.texts(xml, "//oai:metadataPrefix")).containsExactly("oai_dc");
    }

    @Test
    void setsAreByTypeTopicCountryAndLanguage() {
        List<String> specs = XmlChecks.texts(oai("verb=ListSets"), "//oai:set/oai:setSpec");

        assertThat(specs).contains("type", "type:toolkit", "topic", "topic:case-management", "country",
                "country:ZM", "language", "language:es");
    }

    @Test
    void aRecordMapsEveryMetadataFieldToDublinCore() {
        String xml = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + ZAMBIA);
        String dc = "//oai:metadata/oai_dc:dc/dc:";

        assertThat(XmlChecks.texts(xml, dc + "title")).containsExactly("Zambia Social Service Workforce Assessment");
        assertThat(XmlChecks.texts(xml, dc + "publisher")).containsExactly("Ministry of Community Development");
        assertThat(XmlChecks.texts(xml, dc + "date")).containsExactly("2019");
        assertThat(XmlChecks.texts(xml, dc + "type")).containsExactly("Report");
        assertThat(XmlChecks.texts(xml, dc + "subject")).hasSize(2);
        assertThat(XmlChecks.texts(xml, dc + "coverage")).contains("Zambia").hasSize(2);
        assertThat(XmlChecks.texts(xml, dc + "language")).containsExactly("en");
        assertThat(XmlChecks.texts(xml, dc + "identifier")).containsExactly(
                app.uri("/documents/" + TestLibrary.ZAMBIA).toString(),
                app.uri("/api/documents/" + TestLibrary.ZAMBIA + "/file").toString());
        assertThat(XmlChecks.texts(xml, dc + "format")).containsExactly("application/pdf");
        assertThat(XmlChecks.texts(xml, "//oai:header/oai:setSpec")).contains("type:report", "country:ZM",
                "language:en", "topic:workforce-mapping-data");
    }

    @Test
    void aSetSelectsItsRecords() {
        String xml = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:KE");

        assertThat(XmlChecks.texts(xml, "//oai:header/oai:identifier")).containsExactlyInAnyOrder(
                "oai:127.0.0.1:" + TestLibrary.TOOLKIT, "oai:127.0.0.1:" + TestLibrary.NOTES);
    }

    @Test
    void aListInOnePageHasNoResumptionToken() {
        String xml = oai("verb=ListRecords&metadataPrefix=oai_dc");

        assertThat(XmlChecks.texts(xml, "//oai:record")).hasSize(5);
        assertThat(XmlChecks.texts(xml, "//oai:resumptionToken")).isEmpty();
    }

    @Test
    void aPostedFormIsAnsweredAsAGet() {
        HttpResponse<String> response = app.send(app.request("/oai")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=GetRecord&metadataPrefix=oai_dc&identifier="
                        + URLEncoder.encode(ZAMBIA, StandardCharsets.UTF_8))).build());

        XmlChecks.validate(OAI_PMH, response.body());
        assertThat(XmlChecks.texts(response.body(), "//oai:header/oai:identifier")).containsExactly(ZAMBIA);
    }

    @Test
    void aMissingOrUnknownVerbIsBadVerbAndEchoesNoArguments() {
        assertThat(errorCode(oai("metadataPrefix=oai_dc"))).isEqualTo("badVerb");
        String xml = oai("verb=ListEverything&metadataPrefix=oai_dc");
        assertThat(errorCode(xml)).isEqualTo("badVerb");
        assertThat(XmlChecks.texts(xml, "/oai:OAI-PMH/oai:request/@*")).isEmpty();
    }

    @Test
    void missingRepeatedOrUnknownArgumentsAreBadArgument() {
        assertThat(errorCode(oai("verb=ListRecords"))).isEqualTo("badArgument");
        assertThat(errorCode(oai("verb=Identify&set=type"))).isEqualTo("badArgument");
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")))
                .isEqualTo("badArgument");
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x")))
                .isEqualTo("badArgument");
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&set=shelf:3"))).isEqualTo("badArgument");
    }

    @Test
    void badDatesAreBadArgument() {
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday"))).isEqualTo("badArgument");
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-30"))).isEqualTo("badArgument");
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-02&until=2024-05-01")))
                .isEqualTo("badArgument");
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-01&until=2024-05-02T00:00:00Z")))
                .isEqualTo("badArgument");
    }

    @Test
    void aTokenThisLibraryDidNotIssueIsBadResumptionToken() {
        assertThat(errorCode(oai("verb=ListRecords&resumptionToken=not-a-token"))).isEqualTo("badResumptionToken");
        assertThat(errorCode(oai("verb=ListSets&resumptionToken=anything"))).isEqualTo("badResumptionToken");
    }

    @Test
    void anotherMetadataFormatCannotBeDisseminated() {
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=marc21"))).isEqualTo("cannotDisseminateFormat");
        assertThat(errorCode(oai("verb=GetRecord&metadataPrefix=mods&identifier=" + ZAMBIA)))
                .isEqualTo("cannotDisseminateFormat");
    }

    @Test
    void anUnknownIdentifierDoesNotExist() {
        assertThat(errorCode(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:127.0.0.1:nothing")))
                .isEqualTo("idDoesNotExist");
        assertThat(errorCode(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:"
                + TestLibrary.ZAMBIA))).isEqualTo("idDoesNotExist");
        assertThat(errorCode(oai("verb=ListMetadataFormats&identifier=oai:127.0.0.1:nothing")))
                .isEqualTo("idDoesNotExist");
    }

    @Test
    void datesWithNoChangesMatchNoRecords() {
        assertThat(errorCode(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01")))
                .isEqualTo("noRecordsMatch");
        assertThat(errorCode(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:curriculum-training")))
                .isEqualTo("noRecordsMatch");
    }

    @Test
    void anEmptyLibraryHasNoSetHierarchy(@TempDir Path empty) throws Exception {
        DataDirectory data = new DataDirectory(empty).create();
        try (LuceneLibrary nothing = LuceneLibrary.open(data.index(), Vocabulary.standard());
             RunningApp emptyApp = RunningApp.start(new WebServices(nothing, data, Vocabulary.standard(),
                     WebSettings.defaults()))) {
            assertThat(errorCode(oai(emptyApp, "verb=ListSets"))).isEqualTo("noSetHierarchy");
        }
    }

    @Test
    void theConfiguredPublicUrlMakesTheBaseUrlAndIdentifiers() {
        WebSettings settings = WebSettings.defaults().withPublication("https://library.example.org/lib/", null);
        try (RunningApp behindProxy = RunningApp.start(library.services(settings, access()))) {
            String xml = oai(behindProxy, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:library.example.org:"
                    + TestLibrary.ZAMBIA);

            assertThat(XmlChecks.text(xml, "/oai:OAI-PMH/oai:request"))
                    .isEqualTo("https://library.example.org/lib/oai");
            assertThat(XmlChecks.texts(xml, "//dc:identifier")).first().isEqualTo(
                    "https://library.example.org/lib/documents/" + TestLibrary.ZAMBIA);
        }
    }
}
