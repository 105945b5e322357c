package org.resourcelibrary.indexer.enrich;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.vocabulary.Cues;
import org.resourcelibrary.indexer.enrich.InferredValue.Strength;

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
        return describe(fileName, path, text, manifest, upload).metadata();
    }

    /**
     * A document's metadata, as {@link #enrich}, and the evidence of each value it has from inference.
     *
     * @param metadata the merged metadata
     * @param inferred each value whose field is {@link FieldSource#INFERRED}, with its evidence
     */
    public record Enrichment(ResourceMetadata metadata, List<InferredValue> inferred) {

        public Enrichment {
            inferred = List.copyOf(inferred);
        }
    }

    /** The metadata of one document, as {@link #enrich}, with the evidence for its inferred values. */
    public Enrichment describe(String fileName, String path, ExtractedText text, MetadataValues manifest,
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
        Optional<TitleInference.CoverTitle> cover = given.title() != null ? Optional.empty() : titles.findOnCover(body);
        String statedTitle = given.title() != null ? given.title() : cover.map(TitleInference.CoverTitle::title)
                .orElse(null);
        String title = statedTitle != null ? statedTitle : TitleInference.fromFileName(fileName);
        Optional<InferredValue> detected = given.language() != null ? Optional.empty()
                : languages.find(title + "\n" + body.sample(LANGUAGE_SAMPLE_CHARS));
        String language = given.language() != null ? given.language()
                : detected.map(InferredValue::value).orElse(null);
        Optional<InferredValue> organization = given.organization() == null ? organizations.find(body)
                : Optional.empty();
        Evidence evidence = Evidence.of(body, statedTitle, given.keywords(), path, language, text.mediaType());
        MetadataValues inferred = new MetadataValues(title, null, null, null,
                given.countries().isEmpty() ? countries.infer(evidence) : List.of(),
                given.topics().isEmpty() ? topics.infer(evidence) : List.of(),
                given.type() == null ? types.infer(evidence).orElse(null) : null,
                language,
                null,
                organization.map(InferredValue::value).orElse(null), null, null);

        boolean yearGiven = listed.year() != null || typed.year() != null;
        Optional<InferredValue> stated = yearGiven ? Optional.empty() : years.find(body, statedTitle, path);
        MetadataValues statedYear = MetadataValues.NONE.withYear(stated.map(y -> Integer.valueOf(y.value()))
                .orElse(null));
        ResourceMetadata metadata = ResourceMetadata.merge(List.of(
                new ResourceMetadata.Layer(FieldSource.MANIFEST, listed),
                new ResourceMetadata.Layer(FieldSource.UPLOAD, typed),
                new ResourceMetadata.Layer(FieldSource.INFERRED, statedYear),
                new ResourceMetadata.Layer(FieldSource.PROPERTIES, properties),
                new ResourceMetadata.Layer(FieldSource.INFERRED, inferred)));
        Evidence clues = cover.isPresent() ? evidence.titleReadFromPage() : evidence;
        List<InferredValue> read = new ArrayList<>();
        stated.ifPresent(read::add);
        detected.ifPresent(read::add);
        organization.ifPresent(read::add);
        return new Enrichment(metadata, evidence(metadata, clues, cover, fileName, read));
    }

    /**
     * The evidence of each value {@code metadata} has from inference.
     *
     * @param read the single values read off the text with their evidence (year, language, organisation), kept
     *             where the metadata has them from inference
     */
    private List<InferredValue> evidence(ResourceMetadata metadata, Evidence evidence,
                                         Optional<TitleInference.CoverTitle> cover, String fileName,
                                         List<InferredValue> read) {
        MetadataValues values = metadata.values();
        List<InferredValue> found = new ArrayList<>();
        if (inferred(metadata, MetadataField.TITLE)) {
            found.add(cover.map(title -> InferredValue.of(MetadataField.TITLE, title.title(),
                            new Clue(title.line(), Clue.COVER, evidence.text().firstPageNumber()),
                            title.labelled() ? Strength.STRONG : Strength.WEAK))
                    .orElseGet(() -> InferredValue.of(MetadataField.TITLE, values.title(),
                            new Clue(fileName, Clue.PATH, null), Strength.WEAK)));
        }
        if (inferred(metadata, MetadataField.COUNTRIES)) {
            found.addAll(countries.evidence(evidence, values.countries()));
        }
        if (inferred(metadata, MetadataField.TOPICS)) {
            found.addAll(topics.evidence(evidence, values.topics()));
        }
        if (inferred(metadata, MetadataField.TYPE)) {
            found.add(types.evidence(evidence, values.type()));
        }
        read.stream().filter(value -> inferred(metadata, value.field())).forEach(found::add);
        return found;
    }

    private static boolean inferred(ResourceMetadata metadata, MetadataField field) {
        return metadata.source(field.key()).orElse(null) == FieldSource.INFERRED;
    }
}
