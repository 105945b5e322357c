package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.LibraryUnavailableException;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.thesaurus.ThesaurusFile;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.MetadataEnricher;
import org.resourcelibrary.indexer.editions.DismissedEditions;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.indexer.editions.EditionProposals;
import org.resourcelibrary.indexer.enrich.MetadataForm;
import org.resourcelibrary.indexer.extract.ArchiveUnpacker;
import org.resourcelibrary.indexer.extract.ExtractionResult;
import org.resourcelibrary.indexer.extract.Extractor;
import org.resourcelibrary.indexer.extract.GarbledText;
import org.resourcelibrary.indexer.review.EvidenceStore;
import org.resourcelibrary.indexer.review.ReviewFigures;
import org.resourcelibrary.indexer.review.ReviewLog;
import org.resourcelibrary.indexer.review.ReviewQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests folders, zips and files into the library: scan → plan → rewrite moved and touched documents and
 * delete removed ones → extract (skipped when the text is cached), catalogue, store the original and its
 * text, index, on all threads, committing every {@link IngestSettings#commitEvery()} documents → commit.
 *
 * <p>Writes go blob → text → index, and a commit makes them durable, so a run killed at any moment leaves an
 * index that opens and refers only to stored files; the next run finds in the index what was committed and
 * redoes the rest (ids are deterministic: nothing is duplicated).
 */
public final class IngestPipeline {

    /** Organisations of the library recognised on covers, at most this many. */
    static final int MAX_KNOWN_ORGANIZATIONS = 1_000;
    /** The report's reason for a document that extraction read but cataloguing could not. */
    static final String CATALOGUING_FAILED = "cataloguing failed";
    /** The report's reason for a document the library could not take (a SolrCloud node or ZooKeeper lost). */
    static final String LIBRARY_UNAVAILABLE = "library unavailable";
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    private final Library library;
    private final DataDirectory data;
    private final ContentStore store;
    private final EvidenceStore evidence;
    private final IngestSettings settings;
    private final Supplier<Extractor> extractor;
    private final Clock clock;

    /** @param extractor started on first need; see {@link ExtractionWorkers} */
    public IngestPipeline(Library library, DataDirectory data, IngestSettings settings, Supplier<Extractor> extractor) {
        this(library, data, settings, extractor, Clock.systemUTC());
    }

    IngestPipeline(Library library, DataDirectory data, IngestSettings settings, Supplier<Extractor> extractor,
                   Clock clock) {
        this.library = library;
        this.data = data;
        this.evidence = new EvidenceStore(data);
        this.store = new ContentStore(data);
        this.settings = settings;
        this.extractor = extractor;
        this.clock = clock;
    }

    /**
     * Runs one ingest. Files that fail are reported, never thrown.
     *
     * @throws IOException when the library or the data directory cannot be written (the run stops; what was
     *                     committed stays, and the next run completes the rest)
     */
    public IngestReport run(IngestRequest request, IngestListener listener) throws IOException, InterruptedException {
        return run(request, listener, new IngestStop());
    }

    /**
     * Runs one ingest that {@code stop} may end early: once it is requested, files not yet extracted are
     * reported {@code skipped} ({@value IngestStop#REASON}), files already extracted are indexed, and what
     * was written is committed, so the library opens and searches and the next run does the rest.
     */
    public IngestReport run(IngestRequest request, IngestListener listener, IngestStop stop)
            throws IOException, InterruptedException {
        return new Run(request, listener, stop).run();
    }

    /** The state of one run. */
    private final class Run {
        private final IngestRequest request;
        private final IngestListener listener;
        private final IngestStop stop;
        private ManifestLookup manifest = ManifestLookup.NONE;
        private final List<IngestItem> items = new ArrayList<>();
        private final Queue<FailureLog.Failure> failures = new ConcurrentLinkedQueue<>();
        private final AtomicInteger extracted = new AtomicInteger();
        private final Instant started = clock.instant();
        private final long start = System.nanoTime();

        Run(IngestRequest request, IngestListener listener, IngestStop stop) {
            this.request = request;
            this.listener = listener;
            this.stop = stop;
        }

        IngestReport run() throws IOException, InterruptedException {
            SourceScanner scanner = new SourceScanner(new ArchiveUnpacker(settings.extraction().archives()),
                    request.manifestFile());
            try (Scan scan = scanner.scan(request.roots())) {
                manifest = ManifestLookup.of(request.manifest(), scan.manifests(), MetadataForm.standard());
                listener.planned(scan.size());
                FailureLog failedBefore = request.retryFailed() ? FailureLog.empty()
                        : FailureLog.read(data.failures());
                Plan plan = new Planner(library, manifest, failedBefore, settings.threads()).plan(scan,
                        request.roots());
                plan.settled().forEach(this::record);
                if (request.dryRun()) {
                    plan.indexings().forEach(indexing -> indexing.placements()
                            .forEach(placement -> record(IngestItem.planned(placement, indexing.id()))));
                } else {
                    write(plan);
                    failures.addAll(plan.failures());
                    FailureLog.write(data.failures(), failures);
                }
            }
            // An interrupted run leaves the clean-up to the next one: the librarian is waiting for it to end.
            if (request.removeOrphans() && !request.dryRun() && !stop.requested()) {
                int removed = store.keepOnly(library.contentHashes());
                int leftovers = ReportArchive.removeLeftovers(data) + FailureLog.removeLeftovers(data)
                        + EvidenceStore.removeLeftovers(data) + BulkEdit.removeLeftovers(data);
                LOG.debug("removed {} stored contents no document refers to, {} half-written files", removed,
                        leftovers);
            }
            List<IngestItem> sorted = items.stream().sorted(Comparator.comparing(IngestItem::source,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(IngestItem::path)).toList();
            IngestReport report = IngestReport.of(sorted, problems(), extracted.get(), started,
                    (System.nanoTime() - start) / 1_000_000, request.dryRun(), stop.requested(), editionProposals());
            return request.dryRun() ? report : report.withReview(reviewFigures());
        }

        /**
         * The library's editions a librarian has not grouped or dismissed yet, as the data directory's thesaurus
         * reads titles; none after a dry run, which changed nothing.
         */
        private List<EditionProposal> editionProposals() throws IOException {
            if (request.dryRun()) {
                return List.of();
            }
            // A library never served has no thesaurus file of its own yet: the shipped one is what it would get.
            Thesaurus thesaurus = Files.exists(data.thesaurus())
                    ? ThesaurusFile.open(data.thesaurus(), Vocabulary.standard(), Duration.ZERO).current()
                    : Thesaurus.standard();
            return new EditionProposals(thesaurus, Vocabulary.standard()).find(library,
                    new DismissedEditions(data).keys());
        }

        private void write(Plan plan) throws IOException, InterruptedException {
            IndexWrites writes = new IndexWrites(library, settings.commitEvery());
            for (Plan.Rewrite rewrite : plan.rewrites()) {
                Optional<ResourceContent> content = library.content(rewrite.previous().id());
                if (content.isEmpty()) {
                    LOG.warn("document {} vanished from the index while being moved; the next run redoes it",
                            rewrite.previous().id());
                    continue;
                }
                writes.upsert(new ResourceContent(rewrite.rewritten(), content.get().pages()));
                if (!rewrite.id().equals(rewrite.previous().id())) {
                    writes.delete(rewrite.previous().id());
                    evidence.move(rewrite.previous().id(), rewrite.id());
                }
            }
            for (Resource deleted : plan.deletions()) {
                writes.delete(deleted.id());
                evidence.forget(deleted.id());
            }
            writes.commit();
            if (!plan.indexings().isEmpty()) {
                index(plan.indexings(), writes);
            }
            writes.commit();
        }

        private void index(List<Plan.Indexing> indexings, IndexWrites writes)
                throws IOException, InterruptedException {
            // Loading the enricher's models takes seconds: extraction starts meanwhile.
            CompletableFuture<Cataloguer> cataloguer = CompletableFuture.supplyAsync(() ->
                    new Cataloguer(new MetadataEnricher(knownOrganizations()), manifest, clock,
                            evidence));
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), indexings.size()));
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Plan.Indexing indexing : indexings) {
                    futures.add(pool.submit(() -> {
                        index(indexing, cataloguer, writes);
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        private void index(Plan.Indexing indexing, CompletableFuture<Cataloguer> cataloguer, IndexWrites writes)
                throws IOException {
            Placement primary = indexing.primary();
            if (stop.requested()) {
                notReached(indexing);
                return;
            }
            Optional<ExtractedText> cached = store.text(indexing.sha256());
            ExtractedText text;
            if (cached.isPresent()) {
                text = cached.get();
            } else {
                ExtractionResult result;
                try {
                    result = extractor.get().extract(primary.file().file(), indexing.sha256());
                } catch (RuntimeException e) {
                    if (!stop.requested()) {
                        throw e;
                    }
                    notReached(indexing);
                    return;
                }
                extracted.incrementAndGet();
                if (!result.ok()) {
                    // A stop kills the workers: the files they held did not fail and must be tried again.
                    if (stop.requested()) {
                        notReached(indexing);
                    } else {
                        fail(indexing, result.reason().code(), result.detail());
                    }
                    return;
                }
                text = result.text();
            }
            ResourceContent content;
            try {
                content = cataloguer.join().catalogue(indexing, text, null);
            } catch (RuntimeException e) {
                LOG.warn("cataloguing {} failed", primary.file().path(), e);
                fail(indexing, CATALOGUING_FAILED, e.toString());
                return;
            }
            store.put(primary.file().file(), indexing.sha256(), text, cached.isPresent());
            try {
                writes.upsert(content);
            } catch (LibraryUnavailableException e) {
                LOG.warn("writing {} failed: {}", primary.file().path(), e.getMessage());
                unwritten(indexing, e.getMessage());
                return;
            }
            long garbled = GarbledText.count(String.join("\n", text.pages()));
            indexing.placements().forEach(p -> record(IngestItem.of(p, indexing.id(), content.resource())
                    .garbled(garbled)));
        }

        private void fail(Plan.Indexing indexing, String reason, String detail) {
            String kept = indexing.previous() == null ? ""
                    : indexing.reenrichment() ? " (its metadata was not updated)"
                    : " (the previous version stays in the library)";
            String explained = detail == null ? (kept.isEmpty() ? null : kept.strip()) : detail + kept;
            for (Placement placement : indexing.placements()) {
                SourceFile file = placement.file();
                record(IngestItem.failed(file.source(), file.path(), reason, explained));
                failures.add(new FailureLog.Failure(file.source(), file.path(), file.size(), file.modifiedMillis(),
                        reason, detail));
            }
        }

        /**
         * A file the library could not take: failed, with the library's reason, but not in the failure log, since
         * nothing is wrong with the file: the next run writes it again.
         */
        private void unwritten(Plan.Indexing indexing, String reason) {
            indexing.placements().forEach(placement -> record(IngestItem.failed(placement.file().source(),
                    placement.file().path(), LIBRARY_UNAVAILABLE, reason)));
        }

        /** A file the run was stopped before: skipped, and not in the failure log, so the next run does it. */
        private void notReached(Plan.Indexing indexing) {
            indexing.placements().forEach(placement -> record(IngestItem.skipped(placement.file().source(),
                    placement.file().path(), IngestStop.REASON)));
        }

        private void record(IngestItem item) {
            synchronized (items) {
                items.add(item);
            }
            listener.done(item);
        }

        private Set<String> knownOrganizations() {
            Set<String> known = new LinkedHashSet<>(manifest.organizations());
            for (FacetValue value : library.facetValues(Dimension.ORGANIZATION, "", MAX_KNOWN_ORGANIZATIONS,
                    Vocabulary.DEFAULT_LANGUAGE)) {
                known.add(value.value());
            }
            return known;
        }

        /** The review queue's figures, or none when they cannot be read: they never fail a run. */
        private ReviewFigures reviewFigures() {
            try {
                return new ReviewQueue(library, evidence, new ReviewLog(data)).figures();
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("the review queue's figures could not be read: {}", e.toString());
                return null;
            }
        }

        private List<String> problems() {
            return manifest.problems();
        }
    }
}
