package org.resourcelibrary.indexer.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.indexer.review.ReviewFigures;

/**
 * The outcome of one ingest run: counts by status and one {@link IngestItem} per input file (and per removed
 * path). Written as JSON with {@code --report FILE} and into the data directory's {@code reports/}.
 *
 * @param files     input files seen (every item except {@code removed} ones)
 * @param extracted files whose text Tika actually extracted in this run (not taken from the text cache)
 * @param elapsedMs wall time of the run
 * @param dryRun    whether this is what a run would do, with nothing changed
 * @param interrupted whether the run was stopped early (Ctrl-C, SIGTERM): the files it did not reach are
 *                  {@code skipped} with reason {@value IngestStop#REASON}, and the next run does them
 * @param started   when the run started
 * @param problems  problems found in the manifest, each naming its line
 * @param editionProposals documents of the library that look like editions of one work (translations), for a
 *                  librarian to confirm or dismiss: never grouped by the run itself (none in a dry run)
 * @param review    the review queue after the run: values waiting, and the share of inferred values librarians
 *                  accepted unchanged, per field; null in a dry run and in reports written before it was kept
 */
@JsonPropertyOrder({"files", "indexed", "updated", "unchanged", "duplicates", "removed", "failed", "skipped",
        "extracted", "garbled", "elapsedMs", "dryRun", "interrupted", "started", "problems", "editionProposals",
        "review", "items"})
public record IngestReport(
        int files,
        int indexed,
        int updated,
        int unchanged,
        int duplicates,
        int removed,
        int failed,
        int skipped,
        int extracted,
        long elapsedMs,
        boolean dryRun,
        boolean interrupted,
        Instant started,
        List<String> problems,
        List<IngestItem> items,
        List<EditionProposal> editionProposals,
        ReviewFigures review) {

    public IngestReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
        items = items == null ? List.of() : List.copyOf(items);
        editionProposals = editionProposals == null ? List.of() : List.copyOf(editionProposals);
    }

    /** A report without the review queue's figures. */
    public IngestReport(int files, int indexed, int updated, int unchanged, int duplicates, int removed, int failed,
                        int skipped, int extracted, long elapsedMs, boolean dryRun, boolean interrupted,
                        Instant started, List<String> problems, List<IngestItem> items,
                        List<EditionProposal> editionProposals) {
        this(files, indexed, updated, unchanged, duplicates, removed, failed, skipped, extracted, elapsedMs, dryRun,
                interrupted, started, problems, items, editionProposals, null);
    }

    /** This report with the review queue's figures. */
    IngestReport withReview(ReviewFigures figures) {
        return new IngestReport(files, indexed, updated, unchanged, duplicates, removed, failed, skipped, extracted,
                elapsedMs, dryRun, interrupted, started, problems, items, editionProposals, figures);
    }

    /** Counts the items' statuses. */
    static IngestReport of(List<IngestItem> items, List<String> problems, int extracted, Instant started,
                           long elapsedMs, boolean dryRun, boolean interrupted,
                           List<EditionProposal> editionProposals) {
        int[] counts = new int[ItemStatus.values().length];
        items.forEach(item -> counts[item.status().ordinal()]++);
        return new IngestReport(items.size() - counts[ItemStatus.REMOVED.ordinal()],
                counts[ItemStatus.INDEXED.ordinal()], counts[ItemStatus.UPDATED.ordinal()],
                counts[ItemStatus.UNCHANGED.ordinal()], counts[ItemStatus.DUPLICATE.ordinal()],
                counts[ItemStatus.REMOVED.ordinal()], counts[ItemStatus.FAILED.ordinal()],
                counts[ItemStatus.SKIPPED.ordinal()], extracted, elapsedMs, dryRun, interrupted, started, problems,
                items, editionProposals);
    }

    /**
     * Garbled characters over all items (the sum of their {@code garbled}): text that was decoded wrongly and
     * whose words will not be found. Derived from the items, so reports written before it read the same.
     */
    @JsonProperty(value = "garbled", access = JsonProperty.Access.READ_ONLY)
    public long garbled() {
        return items.stream().map(IngestItem::garbled).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    /** The number of items with {@code status}. */
    public int count(ItemStatus status) {
        return switch (status) {
            case INDEXED -> indexed;
            case UPDATED -> updated;
            case UNCHANGED -> unchanged;
            case DUPLICATE -> duplicates;
            case REMOVED -> removed;
            case FAILED -> failed;
            case SKIPPED -> skipped;
        };
    }
}
