package org.resourcelibrary.indexer.ingest;

import java.util.function.Predicate;
import org.resourcelibrary.core.model.Resource;

/**
 * A librarian's change worked out from a document that has changed since it was read (through this web node or
 * another): the change was not made, so that it does not write over the other change unseen. The document as it
 * now stands comes with it, for the librarian to see what changed and decide again.
 */
public final class DocumentChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Resource current;

    private DocumentChangedException(Resource current) {
        super("document '" + current.id() + "' changed since it was read");
        this.current = current;
    }

    /**
     * Goes on only when {@code read} says {@code current} is still the document the change was worked out from.
     *
     * @throws DocumentChangedException otherwise
     */
    static void unless(Predicate<Resource> read, Resource current) {
        if (!read.test(current)) {
            throw new DocumentChangedException(current);
        }
    }

    /** The document as it stands now. */
    public Resource current() {
        return current;
    }
}
