/**
 * Performance benchmarks, run by {@code benchmarks/run} (BENCHMARKS.md records their figures): ingest against a
 * plain Tika loop, index builds from the synthetic generator, and the query mix in-process, over HTTP and against
 * Solr on the same documents. Only their smoke tests run in {@code mvn verify}.
 */
package org.resourcelibrary.benchmarks;
