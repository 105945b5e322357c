package org.resourcelibrary.indexer.enrich;

import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.vocabulary.Cues;

/**
 * Gives a document its metadata: the librarian's manifest row first, then the upload form, then the file's
 * own properties, then inference from its text for whatever is still missing; each field remembers its
 * source. One exception to that order: a publication year the document states (on its cover, in its title)
 * beats the file's creation date, which conversions and re-saves make unreliable.
 *
 * <p>One instance per run; thread-safe, and the cue matchers and language model are built once.
 */
public final class MetadataEnricher {

    /** Characters of text the language detector is given. */
    static final int LANGUAGE_SAMPLE_CHARS = LanguageInference.SAMPLE_CHARS;

    private final LanguageInference languages = new LanguageInference();
    private final TitleInference titles = new TitleInference();
    private final CountryInference countries;
    private final TopicInference topics;
    private final TypeInference types;
    private final YearInference years;
    private final OrganizationInference organizations;

    /**
     * @param cues               the phrases inference looks for
     * @param knownOrganizations publishers the library already knows (e.g. the manifest's), recognised on
     *                           covers before any guess
     * @param latestYear         the current year: no later publication year is plausible
     */
    public MetadataEnricher(Cues cues, Collection<String> knownOrganizations, int latestYear) {
        this.countries = new CountryInference(cues);
        this.topics = new TopicInference(cues);
        this.types = new TypeInference(cues);
        this.years = new YearInference(latestYear);
        this.organizations = new OrganizationInference(knownOrganizations);
    }

    /** An enricher with the shipped cues, knowing the given organisations, for this year. */
    public MetadataEnricher(Collection<String> knownOrganizations) {
        this(Cues.standard(), knownOrganizations, Year.now().getValue());
    }

    /**
     * The metadata of one document.
     *
     * @param fileName the file's name
     * @param path     its path relative to the ingest source, {@code /}-separated (folder names are cues too)
     * @param text     its extracted text and parser metadata
     * @param manifest its manifest row's values, or {@code null}
     * @param upload   the upload form's values, or {@code null}
     */
    public ResourceMetadata enrich(String fileName, String path, ExtractedText text, MetadataValues manifest,
                                   MetadataValues upload) {
        MetadataValues listed = manifest == null ? MetadataValues.NONE : manifest;
        MetadataValues typed = upload == null ? MetadataValues.NONE : upload;
        MetadataValues properties = DocumentProperties.read(text.metadata(), years);
        MetadataValues given = ResourceMetadata.merge(List.of(
                new ResourceMetadata.Layer(FieldSource.MANIFEST, listed),
                new ResourceMetadata.Layer(FieldSource.UPLOAD, typed),
                new ResourceMetadata.Layer(FieldSource.PROPERTIES, properties))).values();

        DocumentText body = DocumentText.of(text);
        // A title made from the file name is no evidence: the path already is.
        String statedTitle = given.title() != null ? given.title() : titles.fromCover(body).orElse(null);
        String title = statedTitle != null ? statedTitle : TitleInference.fromFileName(fileName);
        String language = given.language() != null ? given.language()
                : languages.detect(title + "\n" + body.sample(LANGUAGE_SAMPLE_CHARS)).orElse(null);
        Evidence evidence = Evidence.of(body, statedTitle, given.keywords(), path, language, text.mediaType());
        MetadataValues inferred = new MetadataValues(title, null, null, null,
                given.countries().isEmpty() ? countries.infer(evidence) : List.of(),
                given.topics().isEmpty() ? topics.infer(evidence) : List.of(),
                given.type() == null ? types.infer(evidence).orElse(null) : null,
                language,
                null,
                given.organization() == null ? organizations.infer(body).orElse(null) : null, null, null);

        boolean yearGiven = listed.year() != null || typed.year() != null;
        OptionalInt stated = yearGiven ? OptionalInt.empty() : years.stated(body, statedTitle, path);
        MetadataValues statedYear = MetadataValues.NONE.withYear(stated.isPresent() ? stated.getAsInt() : null);
        return ResourceMetadata.merge(List.of(
                new ResourceMetadata.Layer(FieldSource.MANIFEST, listed),
                new ResourceMetadata.Layer(FieldSource.UPLOAD, typed),
                new ResourceMetadata.Layer(FieldSource.INFERRED, statedYear),
                new ResourceMetadata.Layer(FieldSource.PROPERTIES, properties),
                new ResourceMetadata.Layer(FieldSource.INFERRED, inferred)));
    }
}
