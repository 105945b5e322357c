package org.resourcelibrary.indexer.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.FieldProblem;
import org.resourcelibrary.indexer.enrich.MetadataRefusal;
import org.resourcelibrary.indexer.enrich.FieldTexts;
import org.resourcelibrary.indexer.enrich.MetadataForm;

/**
 * One change of one field for every document a search finds: set its value, or add or remove a value of a
 * list field. A preview shows each document it would change, before and after; applying it makes each change
 * a librarian's edit (kept by later ingests) and keeps the batch, with each field's value and source as they
 * were, in the data directory's {@value #LAST_BATCH} until it is undone or the next batch replaces it.
 * One batch at a time in the whole service (the API and the page each have a {@code BulkEdit}).
 */
public final class BulkEdit {

    /** The most documents one batch changes: a search finding more is too broad to check in a preview. */
    public static final int MAX_DOCUMENTS = 2_000;
    /** The file that keeps the last batch, for its undo. */
    public static final String LAST_BATCH = "bulk-edit-last.json";
    /** The name under which problems with the value are reported. */
    public static final String VALUE = "value";

    /** What a batch does to the field. */
    public enum Action {
        /** The field takes the value given (a blank one clears it). */
        SET,
        /** The value is added to the list, where it is not in it yet. */
        ADD,
        /** The value is taken out of the list. */
        REMOVE;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Action fromCode(String code) {
            return parse(code).orElseThrow(() -> new IllegalArgumentException("no action '" + code + "'"));
        }

        public static Optional<Action> parse(String code) {
            return Arrays.stream(values()).filter(action -> action.code().equals(code)).findFirst();
        }
    }

    /** The pages of the search that selects the documents, each as a request. */
    @FunctionalInterface
    public interface Selection {
        /** The request for page {@code page} (from 1) of {@link SearchRequest#MAX_SIZE} hits. */
        SearchRequest page(int page);
    }

    /**
     * One document's change.
     *
     * @param source where the field's value came from before (null when it had none), for the undo
     */
    public record Change(String id, String title, List<String> before, List<String> after, FieldSource source) {
    }

    /** A batch: what it does and each document it changes. */
    public record Batch(MetadataField field, Action action, String value, Instant at, List<Change> changes) {

        public Batch {
            changes = List.copyOf(changes);
        }
    }

    /** One batch (or undo) at a time, whichever instance runs it: a library has one service writing to it. */
    private static final Object BATCHES = new Object();

    private final LibrarySearch library;
    private final Librarian librarian;
    private final Path lastBatch;
    private final MetadataForm form = MetadataForm.standard();
    private final Clock clock;

    public BulkEdit(LibrarySearch library, Librarian librarian, DataDirectory data) {
        this(library, librarian, data, Clock.systemUTC());
    }

    BulkEdit(LibrarySearch library, Librarian librarian, DataDirectory data, Clock clock) {
        this.library = library;
        this.librarian = librarian;
        this.lastBatch = data.root().resolve(LAST_BATCH);
        this.clock = clock;
    }

    /**
     * What the batch would change, changing nothing: each document the search finds whose field it changes.
     *
     * @throws InvalidMetadataException when the value cannot be understood, the action does not fit the field,
     *                                  or the search finds more than {@link #MAX_DOCUMENTS}
     */
    public Batch preview(Selection selection, MetadataField field, Action action, String value)
            throws InvalidMetadataException {
        List<String> given = parse(field, action, value);
        List<Change> changes = new ArrayList<>();
        for (Hit hit : hits(selection)) {
            Optional<Resource> resource = library.get(hit.id());
            if (resource.isEmpty()) {
                continue;
            }
            List<String> before = FieldTexts.of(field, resource.get());
            List<String> after = after(before, action, given);
            if (!after.equals(before)) {
                changes.add(new Change(hit.id(), resource.get().title(), before, after,
                        resource.get().provenance().get(field)));
            }
        }
        return new Batch(field, action, value == null ? "" : value.strip(), clock.instant(), changes);
    }

    /** Makes the changes {@link #preview} shows, keeping the batch for its undo. */
    public Batch apply(Selection selection, MetadataField field, Action action, String value)
            throws IOException, InvalidMetadataException {
        synchronized (BATCHES) {
            Batch batch = preview(selection, field, action, value);
            // Kept first: a batch stopped half-way is undone like a whole one (a document not reached is put
            // back as it is).
            save(batch);
            List<String> given = parse(field, action, value);
            for (Change change : batch.changes()) {
                // Worked out again from the document as it stands in this edit's turn, so that a value added or
                // removed meanwhile (through another web node) is kept as it was made.
                librarian.revise(change.id(), current -> Map.of(field.key(),
                        FieldTexts.formValue(after(FieldTexts.of(field, current), action, given))));
            }
            return batch;
        }
    }

    /** The last batch applied and not undone, if any. */
    public Optional<Batch> last() throws IOException {
        try {
            return Optional.of(Json.mapper().readValue(Files.readAllBytes(lastBatch), Batch.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Puts back each field the last batch changed, value and source; empty when there is no batch to undo. */
    public Optional<Batch> undo() throws IOException, InvalidMetadataException {
        synchronized (BATCHES) {
            Optional<Batch> last = last();
            if (last.isEmpty()) {
                return Optional.empty();
            }
            for (Change change : last.get().changes()) {
                librarian.restore(change.id(), last.get().field(), FieldTexts.formValue(change.before()),
                        change.source());
            }
            Files.delete(lastBatch);
            return last;
        }
    }

    private List<String> parse(MetadataField field, Action action, String value) throws InvalidMetadataException {
        if (action != Action.SET && field.shape() != MetadataField.Shape.LIST) {
            throw problem(MetadataRefusal.BULK_LIST_ACTION, action.code(), listFields(), field);
        }
        String text = value == null ? "" : value.strip();
        if (action != Action.SET && text.isEmpty()) {
            throw problem(MetadataRefusal.BULK_VALUE_MISSING, action.code());
        }
        MetadataForm.Parsed parsed = form.parse(Map.of(field.key(), text));
        if (!parsed.problems().isEmpty()) {
            throw new InvalidMetadataException(parsed.problems());
        }
        return FieldTexts.of(parsed.values().get(field));
    }

    private static List<String> after(List<String> before, Action action, List<String> given) {
        return switch (action) {
            case SET -> given;
            case ADD -> {
                Set<String> added = new LinkedHashSet<>(before);
                added.addAll(given);
                yield List.copyOf(added);
            }
            case REMOVE -> before.stream().filter(value -> !given.contains(value)).toList();
        };
    }

    private List<Hit> hits(Selection selection) throws InvalidMetadataException {
        List<Hit> hits = new ArrayList<>();
        SearchResponse first = library.search(selection.page(1));
        if (first.total() > MAX_DOCUMENTS) {
            throw problem(MetadataRefusal.BULK_TOO_MANY, first.total(), MAX_DOCUMENTS);
        }
        hits.addAll(first.hits());
        for (int page = 2; hits.size() < first.total(); page++) {
            List<Hit> more = library.search(selection.page(page)).hits();
            if (more.isEmpty()) {
                break;
            }
            hits.addAll(more);
        }
        return hits;
    }

    /** Deletes what a process killed while saving the last batch left half-written; returns how many there were. */
    static int removeLeftovers(DataDirectory data) throws IOException {
        return LeftoverFiles.delete(data.root(), LAST_BATCH);
    }

    private void save(Batch batch) throws IOException {
        Path temp = LeftoverFiles.create(lastBatch.getParent(), LAST_BATCH);
        try {
            Json.mapper().writeValue(temp.toFile(), batch);
            Files.move(temp, lastBatch, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String listFields() {
        return String.join(", ", Arrays.stream(MetadataField.values())
                .filter(field -> field.shape() == MetadataField.Shape.LIST).map(MetadataField::key).toList());
    }

    private static InvalidMetadataException problem(MetadataRefusal refusal, Object... arguments) {
        return new InvalidMetadataException(List.of(FieldProblem.of(VALUE, refusal, arguments)));
    }
}
