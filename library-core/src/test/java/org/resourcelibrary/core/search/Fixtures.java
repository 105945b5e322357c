package org.resourcelibrary.core.search;

import static org.resourcelibrary.core.model.MetadataField.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** A small library in four languages, written for the search tests. */
final class Fixtures {

    private Fixtures() {
    }

    static LuceneLibrary library(Path dir) throws IOException {
        LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard());
        for (ResourceContent content : all()) {
            library.upsert(content);
        }
        library.commit();
        return library;
    }

    static List<ResourceContent> all() {
        return List.of(
                doc("toolkit-zm", "Case Management Toolkit for Zambia", "en", List.of("ZM"),
                        List.of("case-management", "child-protection"), "toolkit", 2016, "Horizons Institute",
                        "Case management toolkit. This toolkit guides social workers in Zambia.",
                        "Step two: the Jamii Case Pathway refers every child to a case worker within 48 hours.",
                        "Annex: forms for case review and child protection <b>referrals</b>."),
                doc("supervision-ke", "Supportive Supervision Guidance", "en", List.of("KE", "UG"),
                        List.of("supervision", "supporting-workforce"), "guidance", 2018, "East Africa Consortium",
                        "Supportive supervision helps social workers in Kenya and Uganda stay in the workforce.",
                        "Supervisors meet each supervisee monthly for reflective supervision."),
                doc("evaluation-sn", "Évaluation des travailleurs sociaux au Sénégal", "fr", List.of("SN"),
                        List.of("workforce-mapping-data"), "report", 2018, "Réseau ouest-africain",
                        "Cette évaluation recense les travailleurs sociaux du Sénégal et leur formation.",
                        "La protection de l'enfant repose sur un travailleur social dans chaque commune."),
                doc("guia-co", "Guía de manejo de casos", "es", List.of("CO"),
                        List.of("case-management", "child-protection"), "guidance", 2020, "Instituto Latinoamericano",
                        "Esta guía presenta el manejo de casos para la protección infantil en Colombia.",
                        "Cada caso tiene un plan de atención familiar."),
                doc("supervisao-br", "Supervisão na assistência social", "pt", List.of("BR"),
                        List.of("supervision"), "presentation-webinar", 2022, "Associação Lusófona",
                        "A supervisão apoia as trabalhadoras da assistência social no Brasil."),
                doc("assessment-zm", "National Assessment of the Social Service Workforce in Zambia", "en",
                        List.of("ZM"), List.of("workforce-mapping-data", "planning-workforce"), "report", 2019,
                        "Ministry of Community Development",
                        "This national assessment counts the social service workforce of Zambia.",
                        "Findings: one social worker for every 9,000 children; supervision is rare."),
                doc("advocacy-global", "Advocacy Toolkit for Workforce Investment", "en", List.of(),
                        List.of("advocacy"), "toolkit", 2022, "Global Network",
                        "Make the case for investing in the social service workforce: a toolkit for advocates."),
                doc("barangay-ph", "Barangay Workers: a Case Study from the Philippines", "en", List.of("PH"),
                        List.of("para-professionals"), "case-study", 2017, "Pacific Collaborative",
                        "Para-professional barangay workers support families in the Philippines."));
    }

    static ResourceContent doc(String id, String title, String language, List<String> countries, List<String> topics,
                               String type, int year, String organization, String... pages) {
        Instant added = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(year);
        Resource resource = Resource.of(id, Metadata.NONE.with(TITLE, title).with(COUNTRIES, countries)
                        .with(TOPICS, topics).with(TYPE, type).with(LANGUAGE, language).with(YEAR, year)
                        .with(ORGANIZATION, organization))
                .withFile(id + ".pdf", "application/pdf", 1000, null).withTimes(added, added)
                .withExtraction(new Extraction("application/pdf", 100, pages.length, false, null, Map.of()));
        return new ResourceContent(resource, List.of(pages));
    }
}
