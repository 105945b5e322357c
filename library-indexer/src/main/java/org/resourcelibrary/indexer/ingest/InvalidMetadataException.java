package org.resourcelibrary.indexer.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.resourcelibrary.indexer.enrich.FieldProblem;

/** Metadata typed by a librarian (upload form, edit) that cannot be understood; nothing was changed. */
public final class InvalidMetadataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidMetadataException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each naming its field. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
