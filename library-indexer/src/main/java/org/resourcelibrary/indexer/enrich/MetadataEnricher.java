package org.resourcelibrary.indexer.enrich;

import static org.resourcelibrary.core.model.MetadataField.COUNTRIES;
import static org.resourcelibrary.core.model.MetadataField.KEYWORDS;
import static org.resourcelibrary.core.model.MetadataField.LANGUAGE;
import static org.resourcelibrary.core.model.MetadataField.ORGANIZATION;
import static org.resourcelibrary.core.model.MetadataField.TITLE;
import static org.resourcelibrary.core.model.MetadataField.TOPICS;
import static org.resourcelibrary.core.model.MetadataField.TYPE;
import static org.resourcelibrary.core.model.MetadataField.YEAR;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
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
    public ResourceMetadata enrich(String fileName, String path, ExtractedText text, Metadata manifest,
                                   Metadata upload) {
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
    public Enrichment describe(String fileName, String path, ExtractedText text, Metadata manifest,
                               Metadata upload) {
        Metadata listed = manifest == null ? Metadata.NONE : manifest;
        Metadata typed = upload == null ? Metadata.NONE : upload;
        Metadata properties = DocumentProperties.read(text.metadata(), years);
        Metadata given = ResourceMetadata.merge(List.of(
                new ResourceMetadata.Layer(FieldSource.MANIFEST, listed),
                new ResourceMetadata.Layer(FieldSource.UPLOAD, typed),
                new ResourceMetadata.Layer(FieldSource.PROPERTIES, properties))).values();

        DocumentText body = DocumentText.of(text);
        // A title made from the file name is no evidence: the path already is.
        Optional<TitleInference.CoverTitle> cover = given.has(TITLE) ? Optional.empty() : titles.findOnCover(body);
        String statedTitle = given.has(TITLE) ? given.text(TITLE) : cover.map(TitleInference.CoverTitle::title)
                .orElse(null);
        String title = statedTitle != null ? statedTitle : TitleInference.fromFileName(fileName);
        Optional<InferredValue> detected = given.has(LANGUAGE) ? Optional.empty()
                : languages.find(title + "\n" + body.sample(LANGUAGE_SAMPLE_CHARS));
        String language = given.has(LANGUAGE) ? given.text(LANGUAGE)
                : detected.map(InferredValue::value).orElse(null);
        Optional<InferredValue> organization = given.has(ORGANIZATION) ? Optional.empty()
                : organizations.find(body);
        Evidence evidence = Evidence.of(body, statedTitle, given.list(KEYWORDS), path, language, text.mediaType());
        Map<MetadataField, Object> inferred = new EnumMap<>(MetadataField.class);
        inferred.put(TITLE, title);
        inferred.put(COUNTRIES, given.has(COUNTRIES) ? null : countries.infer(evidence));
        inferred.put(TOPICS, given.has(TOPICS) ? null : topics.infer(evidence));
        inferred.put(TYPE, given.has(TYPE) ? null : types.infer(evidence).orElse(null));
        inferred.put(LANGUAGE, language);
        inferred.put(ORGANIZATION, organization.map(InferredValue::value).orElse(null));

        boolean yearGiven = listed.has(YEAR) || typed.has(YEAR);
        Optional<InferredValue> stated = yearGiven ? Optional.empty() : years.find(body, statedTitle, path);
        Metadata statedYear = Metadata.NONE.with(YEAR, stated.map(y -> Integer.valueOf(y.value())).orElse(null));
        ResourceMetadata metadata = ResourceMetadata.merge(List.of(
                new ResourceMetadata.Layer(FieldSource.MANIFEST, listed),
                new ResourceMetadata.Layer(FieldSource.UPLOAD, typed),
                new ResourceMetadata.Layer(FieldSource.INFERRED, statedYear),
                new ResourceMetadata.Layer(FieldSource.PROPERTIES, properties),
                new ResourceMetadata.Layer(FieldSource.INFERRED, Metadata.of(inferred))));
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
        Metadata values = metadata.values();
        List<InferredValue> found = new ArrayList<>();
        if (inferred(metadata, TITLE)) {
            found.add(cover.map(title -> InferredValue.of(TITLE, title.title(),
                            new Clue(title.line(), Clue.COVER, evidence.text().firstPageNumber()),
                            title.labelled() ? Strength.STRONG : Strength.WEAK))
                    .orElseGet(() -> InferredValue.of(TITLE, values.text(TITLE),
                            new Clue(fileName, Clue.PATH, null), Strength.WEAK)));
        }
        if (inferred(metadata, COUNTRIES)) {
            found.addAll(countries.evidence(evidence, values.list(COUNTRIES)));
        }
        if (inferred(metadata, TOPICS)) {
            found.addAll(topics.evidence(evidence, values.list(TOPICS)));
        }
        if (inferred(metadata, TYPE)) {
            found.add(types.evidence(evidence, values.text(TYPE)));
        }
        read.stream().filter(value -> inferred(metadata, value.field())).forEach(found::add);
        return found;
    }

    private static boolean inferred(ResourceMetadata metadata, MetadataField field) {
        return metadata.source(field).orElse(null) == FieldSource.INFERRED;
    }
}
