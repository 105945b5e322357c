package org.resourcelibrary.indexer.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.resourcelibrary.indexer.enrich.FieldProblem;

/** Metadata typed by a librarian (upload form, edit) that cannot be understood; nothing was changed. */
public final class InvalidMetadataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;
    private final boolean overLimit;

    public InvalidMetadataException(List<FieldProblem> problems) {
        this(problems, false);
    }

    private InvalidMetadataException(List<FieldProblem> problems, boolean overLimit) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.overLimit = overLimit;
    }

    /** Values longer, or more, than {@link org.resourcelibrary.indexer.enrich.MetadataLimits} allow. */
    static InvalidMetadataException overLimit(List<FieldProblem> problems) {
        return new InvalidMetadataException(problems, true);
    }

    /** Whether the values were refused for their size, not for what they say (a 422 rather than a 400). */
    public boolean overLimit() {
        return overLimit;
    }

    /** Every problem, each naming its field. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
