package org.resourcelibrary.benchmarks.load;

import org.resourcelibrary.benchmarks.mix.QuerySpec;

/** Something that answers the query mix: our searcher in-process, our server over HTTP, or Solr. Thread-safe. */
public interface Target {

    /** A short name for reports ({@code in-process}, {@code library HTTP}, {@code Solr HTTP}). */
    String name();

    /** The process doing the work (this one for in-process), whose CPU time is charged to the answers. */
    long pid();

    /**
     * Answers one query completely (for HTTP: the whole response read).
     *
     * @return the total number of hits
     * @throws Exception when the answer is an error: counted as one, the load goes on
     */
    long answer(QuerySpec query) throws Exception;
}
