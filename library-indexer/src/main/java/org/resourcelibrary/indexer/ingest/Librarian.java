package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.FieldProblem;
import org.resourcelibrary.indexer.enrich.MetadataEnricher;
import org.resourcelibrary.indexer.enrich.MetadataForm;
import org.resourcelibrary.indexer.enrich.MetadataLimits;
import org.resourcelibrary.indexer.enrich.ResourceMetadata;
import org.resourcelibrary.indexer.extract.ExtractionResult;
import org.resourcelibrary.indexer.review.EvidenceStore;

/**
 * A librarian's changes to a running library, for the web service: upload one file (with optional form
 * metadata), delete a document, edit a document's metadata, and ingest an uploaded zip as a background job.
 * Every change is committed before the method returns.
 *
 * <p>Uploads, deletions and edits happen one at a time (across web nodes too, given a shared {@link ChangeLock}),
 * each reading the document as the last one committed it, so none is written over; zip jobs one at a time in the
 * background. Removing stored files no document refers to (after a job) waits until no change is half-written.
 */
public final class Librarian implements AutoCloseable {

    private final Library library;
    private final DataDirectory data;
    private final ContentStore store;
    private final ReportArchive reports;
    private final EvidenceStore evidence;
    private final IngestSettings settings;
    private final ExtractionWorkers extraction;
    private final MetadataForm form = MetadataForm.standard();
    private final Clock clock;
    private final IngestJobs jobs;
    /** One upload, deletion or edit at a time: each decides from what the last one committed. */
    private final Lock changes = new ReentrantLock(true);
    /** The same among every web node serving the library, taken once this node's turn has come. */
    private final ChangeLock nodes;
    /** Writers share it; removing unreferenced stored files takes it alone. */
    private final ReadWriteLock storeUse = new ReentrantReadWriteLock(true);
    private Cataloguer cataloguer;

    /** @param library the library the web service searches (this class writes through it, never opens another) */
    public Librarian(Library library, DataDirectory data, IngestSettings settings) {
        this(library, data, settings, JobBoard.inMemory());
    }

    /** A librarian whose zip jobs are told about on {@code board} (e.g. one every web node shares). */
    public Librarian(Library library, DataDirectory data, IngestSettings settings, JobBoard board) {
        this(library, data, settings, board, ChangeLock.ONE_NODE);
    }

    /**
     * A librarian among several web nodes: zip jobs told about on {@code board}, and uploads, deletions and edits
     * made one at a time across the nodes that share {@code nodes}.
     */
    public Librarian(Library library, DataDirectory data, IngestSettings settings, JobBoard board,
                     ChangeLock nodes) {
        this(library, data, settings, Clock.systemUTC(), board, nodes);
    }

    Librarian(Library library, DataDirectory data, IngestSettings settings, Clock clock) {
        this(library, data, settings, clock, JobBoard.inMemory(), ChangeLock.ONE_NODE);
    }

    private Librarian(Library library, DataDirectory data, IngestSettings settings, Clock clock, JobBoard board,
                      ChangeLock nodes) {
        this.library = library;
        this.data = data;
        this.store = new ContentStore(data);
        this.reports = new ReportArchive(data);
        this.evidence = new EvidenceStore(data);
        this.settings = settings;
        this.extraction = new ExtractionWorkers(settings.extraction());
        this.clock = clock;
        this.nodes = nodes;
        this.jobs = new IngestJobs(this::ingestArchive, clock, board);
    }

    /**
     * Adds an uploaded file. Identical content already in the library is not added twice: that document is
     * returned (status {@code duplicate}), now listing the upload, with the form's values set as a librarian's
     * edits (the upload names the fields that changed).
     *
     * @param file     the uploaded bytes (the caller deletes it afterwards)
     * @param fileName the name the file was uploaded with
     * @param fields   form metadata by field name ({@link MetadataField#key()}); blank values are ignored
     * @param id       the id to give the document, replacing the document that has it; or null for a new id
     * @throws InvalidMetadataException when a form field cannot be understood, or the id is not acceptable
     * @throws ExtractionFailedException when no text can be extracted from the file
     */
    public Upload upload(Path file, String fileName, Map<String, String> fields, String id)
            throws IOException, InvalidMetadataException, ExtractionFailedException {
        Metadata typed = parse(fields);
        if (id != null && !DocumentIds.isValid(id)) {
            throw new InvalidMetadataException(List.of(new FieldProblem("id", "'" + id + "' is not a valid id:"
                    + " use letters, digits, '.', '_' and '-', at most 128 characters")));
        }
        String sha = BlobStore.sha256(file);
        SourceFile upload = new SourceFile(SourceRef.UPLOAD, fileName, file, Files.size(file),
                clock.millis());
        return whileChanging(() -> {
            Optional<Resource> same = library.findBySha256(sha);
            if (same.isPresent()) {
                return addUpload(same.get(), upload, typed, given(fields));
            }
            String docId = id != null ? id : DocumentIds.forUpload(fileName, sha);
            Resource previous = library.get(docId).orElse(null);
            Optional<ExtractedText> cached = store.text(sha);
            ExtractedText text = cached.isPresent() ? cached.get() : extract(file, sha);
            Plan.Indexing indexing = new Plan.Indexing(docId, sha, List.of(upload.ref()),
                    List.of(new Placement(upload, ItemStatus.INDEXED)), previous);
            ResourceContent content = cataloguer().catalogue(indexing, text, typed);
            store.put(file, sha, text, cached.isPresent());
            library.upsert(content);
            library.commit();
            if (previous != null) {
                forgetIfUnused(previous.sha256());
            }
            return new Upload(content.resource(), previous == null ? ItemStatus.INDEXED : ItemStatus.UPDATED,
                    List.of());
        });
    }

    /**
     * Deletes a document, and its stored original and text unless another document has the same content.
     *
     * @return whether there was such a document
     */
    public boolean delete(String id) throws IOException {
        return delete(id, current -> true);
    }

    /**
     * As {@link #delete(String)}, only if the document, as it stands once this change's turn has come, is still
     * the one the librarian read ({@code read} says so).
     *
     * @throws DocumentChangedException when it is not; nothing is deleted
     */
    public boolean delete(String id, Predicate<Resource> read) throws IOException {
        try {
            return whileChanging(() -> {
                Optional<Resource> resource = library.get(id);
                if (resource.isEmpty()) {
                    return false;
                }
                DocumentChangedException.unless(read, resource.get());
                library.delete(id);
                library.commit();
                evidence.forget(id);
                forgetIfUnused(resource.get().sha256());
                return true;
            });
        } catch (InvalidMetadataException | ExtractionFailedException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Changes a document's metadata: each field given is set (a blank value clears it) and recorded as a
     * librarian's edit, which later ingests keep. The document is re-indexed from its stored text.
     *
     * @param fields the fields to change, by name ({@link MetadataField#key()})
     * @return the document as changed, or empty when there is no such document
     * @throws InvalidMetadataException when a field is unknown or a value cannot be understood
     */
    public Optional<Resource> edit(String id, Map<String, String> fields) throws IOException, InvalidMetadataException {
        return edit(id, fields, current -> true);
    }

    /**
     * As {@link #edit(String, Map)}, only if the document, as it stands once this change's turn has come (after
     * any change through any web node), is still the one the librarian read ({@code read} says so): checked
     * within the turn, so that two changes from the same reading cannot both pass.
     *
     * @throws DocumentChangedException when it is not; nothing is changed
     */
    public Optional<Resource> edit(String id, Map<String, String> fields, Predicate<Resource> read)
            throws IOException, InvalidMetadataException {
        parse(fields); // a value that cannot be understood is refused before the document is looked for
        return revise(id, current -> {
            DocumentChangedException.unless(read, current);
            return fields;
        });
    }

    /**
     * Changes a document's metadata from the document as it stands once this change's turn has come:
     * {@code fields} is given it (as the last change, through any web node, committed it) and answers the fields to
     * set, as {@link #edit} takes them. A change worked out from a document read before its turn could undo a
     * change made meanwhile (a value another librarian removed from a list, put back); this one cannot.
     */
    public Optional<Resource> revise(String id, Function<Resource, Map<String, String>> fields)
            throws IOException, InvalidMetadataException {
        return change(id, fields, given -> {
            Map<MetadataField, FieldSource> sources = new LinkedHashMap<>();
            for (String field : given.keySet()) {
                MetadataField.fromKey(field).ifPresent(known -> sources.put(known, FieldSource.EDIT));
            }
            return sources;
        });
    }

    /**
     * Puts back one field of a document as it was, value and source (an undone bulk edit).
     *
     * @param value  the value as the upload form takes it (list values joined with {@code ;})
     * @param source where the value came from, or null when the field had none
     */
    public Optional<Resource> restore(String id, MetadataField field, String value, FieldSource source)
            throws IOException, InvalidMetadataException {
        Map<MetadataField, FieldSource> sources = new LinkedHashMap<>();
        sources.put(field, source);
        Map<String, String> fields = Map.of(field.key(), value);
        parse(fields);
        return change(id, current -> fields, given -> sources);
    }

    private Optional<Resource> change(String id, Function<Resource, Map<String, String>> fieldsOf,
                                      Function<Map<String, String>, Map<MetadataField, FieldSource>> sourcesOf)
            throws IOException, InvalidMetadataException {
        try {
            return whileChanging(() -> {
                Optional<ResourceContent> content = library.content(id);
                if (content.isEmpty()) {
                    return Optional.empty();
                }
                Resource current = content.get().resource();
                Map<String, String> fields = fieldsOf.apply(current);
                ResourceMetadata metadata = MetadataFields.withSources(MetadataFields.metadataOf(current),
                        parse(fields), sourcesOf.apply(fields));
                Resource changed = modified(metadata.applyTo(current));
                library.upsert(new ResourceContent(changed, content.get().pages()));
                library.commit();
                return Optional.of(changed);
            });
        } catch (ExtractionFailedException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Queues an uploaded zip for ingest in the background; each member becomes a document recorded as the
     * upload {@code fileName!/member}. The job takes the file over and deletes it when done.
     */
    public IngestJob submit(Path zip, String fileName) {
        return jobs.submit(zip, fileName);
    }

    /** A zip job's latest status, while it runs and for a while after (submitted here or, on a shared board, elsewhere). */
    public Optional<IngestJob.Status> job(String id) {
        return jobs.get(id);
    }

    /** The remembered zip jobs' latest statuses, newest first. */
    public List<IngestJob.Status> jobs() {
        return jobs.all();
    }

    /** The reports of past ingests. */
    public ReportArchive reports() {
        return reports;
    }

    private IngestReport ingestArchive(Path zip, String fileName, IngestJob job)
            throws IOException, InterruptedException {
        IngestReport report;
        storeUse.readLock().lock();
        try {
            IngestRequest request = new IngestRequest(List.of(SourceRoot.uploadedArchive(zip, fileName)), null, null,
                    false, false, false);
            report = new IngestPipeline(library, data, settings, extraction, clock).run(request, job);
        } finally {
            storeUse.readLock().unlock();
        }
        reports.save(report);
        storeUse.writeLock().lock();
        try {
            store.keepOnly(library.contentHashes());
        } finally {
            storeUse.writeLock().unlock();
        }
        return report;
    }

    /**
     * A change, one at a time on this node and then among the nodes, with the store in use. This node's own turn
     * comes first so that its waiting changes hold nothing the other nodes share.
     */
    private <T> T whileChanging(Change<T> change)
            throws IOException, InvalidMetadataException, ExtractionFailedException {
        changes.lock();
        try (ChangeLock.Turn turn = nodes.take()) {
            storeUse.readLock().lock();
            try {
                return change.run();
            } finally {
                storeUse.readLock().unlock();
            }
        } finally {
            changes.unlock();
        }
    }

    private interface Change<T> {
        T run() throws IOException, InvalidMetadataException, ExtractionFailedException;
    }

    /**
     * The document that already has an uploaded file's content, now listing the upload too; the metadata sent
     * with it is the librarian's word, as in an {@link #edit}: each field given is set and recorded as an edit.
     */
    private Upload addUpload(Resource resource, SourceFile upload, Metadata typed, Set<MetadataField> given)
            throws IOException {
        List<SourceRef> sources = new ArrayList<>(resource.sources());
        sources.removeIf(ref -> ref.key().equals(upload.key()));
        sources.add(upload.ref());
        Resource listed = Revision.of(resource, resource.id(), sources, resource.modified());
        Metadata before = listed.metadata();
        Resource changed = given.isEmpty() ? listed
                : modified(MetadataFields.withEdits(MetadataFields.metadataOf(listed), typed, given).applyTo(listed));
        Metadata after = changed.metadata();
        List<String> edited = Arrays.stream(MetadataField.values())
                .filter(field -> !Objects.equals(before.get(field), after.get(field))).map(MetadataField::key).toList();
        List<String> pages = library.content(resource.id()).map(ResourceContent::pages).orElse(List.of());
        library.upsert(new ResourceContent(changed, pages));
        library.commit();
        return new Upload(changed, ItemStatus.DUPLICATE, edited);
    }

    /** The metadata fields an upload form gives a value (a blank field gives none). */
    private static Set<MetadataField> given(Map<String, String> fields) {
        Set<MetadataField> given = new LinkedHashSet<>();
        if (fields != null) {
            fields.forEach((field, value) -> {
                if (value != null && !value.isBlank()) {
                    MetadataField.fromKey(field).ifPresent(given::add);
                }
            });
        }
        return given;
    }

    private ExtractedText extract(Path file, String sha) throws ExtractionFailedException {
        ExtractionResult result = extraction.get().extract(file, sha);
        if (!result.ok()) {
            throw new ExtractionFailedException(result.reason(), result.detail());
        }
        return result.text();
    }

    /** Removes stored content once no committed document has it. */
    private void forgetIfUnused(String sha) throws IOException {
        if (sha != null && library.findBySha256(sha).isEmpty()) {
            store.remove(sha);
        }
    }

    private Metadata parse(Map<String, String> fields) throws InvalidMetadataException {
        Map<String, String> given = fields == null ? Map.of() : fields;
        List<FieldProblem> overLimit = MetadataLimits.check(given);
        if (!overLimit.isEmpty()) {
            throw InvalidMetadataException.overLimit(overLimit);
        }
        MetadataForm.Parsed parsed = form.parse(given);
        if (!parsed.problems().isEmpty()) {
            throw new InvalidMetadataException(parsed.problems());
        }
        return parsed.values();
    }

    private Resource modified(Resource r) {
        return Revision.of(r, r.id(), r.sources(), clock.instant());
    }

    /**
     * Starts the extraction workers and builds the cataloguer (the language detector's model, the organisations
     * the library has) now rather than on the first upload, which would otherwise wait for both: a server calls
     * it in the background as it starts.
     *
     * @throws java.io.UncheckedIOException when the workers cannot be started, or the librarian was closed meanwhile
     */
    public void warmUp() {
        extraction.get();
        cataloguer();
    }

    /** Whether what {@link #warmUp()} prepares is ready: the workers started and the cataloguer built. */
    public synchronized boolean warm() {
        return extraction.started() && cataloguer != null;
    }

    /** Built on first use: the enricher learns the organisations the library already has. */
    private synchronized Cataloguer cataloguer() {
        if (cataloguer == null) {
            Set<String> known = new LinkedHashSet<>();
            for (FacetValue value : library.facetValues(Dimension.ORGANIZATION, "",
                    IngestPipeline.MAX_KNOWN_ORGANIZATIONS, Vocabulary.DEFAULT_LANGUAGE)) {
                known.add(value.value());
            }
            cataloguer = new Cataloguer(new MetadataEnricher(known), ManifestLookup.NONE, clock, evidence);
        }
        return cataloguer;
    }

    @Override
    public void close() {
        jobs.close();
        extraction.close();
    }
}
