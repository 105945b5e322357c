package org.resourcelibrary.indexer.ingest;

/**
 * The turn to change the library among every web node that serves it. A librarian's change reads a document,
 * changes it and writes it whole; two nodes doing that to one document at once would each write over the other's
 * change. Taking the turn first makes their changes one after the other, each reading what the last committed,
 * as the changes through one node already are.
 */
public interface ChangeLock {

    /** One node alone: its own librarian already makes changes one at a time, so there is nothing to wait for. */
    ChangeLock ONE_NODE = () -> () -> { };

    /**
     * Waits for the turn.
     *
     * @return the turn, given back when closed
     * @throws org.resourcelibrary.core.LibraryUnavailableException when the turn was not had in time (another
     *         node's change is taking too long) or the place the nodes share does not answer
     */
    Turn take();

    /** A turn being held. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
