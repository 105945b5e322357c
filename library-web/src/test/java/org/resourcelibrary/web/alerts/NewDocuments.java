package org.resourcelibrary.web.alerts;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.web.TestLibrary;

/** Reports on supervision in Zambia added to the test library after an alert was confirmed, for its digest. */
final class NewDocuments {

    private NewDocuments() {
    }

    /** A report in {@code language}, its title and text saying "supervision" and "Zambia" as that language does. */
    static void add(TestLibrary library, Instant added, String id, String language, String title, String organization,
                    String text) throws IOException {
        Resource resource = Resource.of(id, Metadata.NONE.with(MetadataField.TITLE, title)
                        .with(MetadataField.COUNTRIES, List.of("ZM")).with(MetadataField.TOPICS, List.of("supervision"))
                        .with(MetadataField.TYPE, "report").with(MetadataField.LANGUAGE, language)
                        .with(MetadataField.YEAR, 2026).with(MetadataField.ORGANIZATION, organization))
                .withFile(id + ".txt", "text/plain", text.length(), null).withTimes(added, added)
                .withExtraction(new Extraction("text/plain", text.length(), null, false, OcrStatus.NONE, Map.of()));
        library.library().upsert(new ResourceContent(resource, List.of(text)));
        library.library().commit();
    }

    /** An English report, as {@link #add} writes it. */
    static void addEnglish(TestLibrary library, Instant added, String id) throws IOException {
        add(library, added, id, "en", "Supervision in Zambia " + id, "Ministry of Community Development",
                "Supervision of the social service workforce in Zambia.");
    }
}
