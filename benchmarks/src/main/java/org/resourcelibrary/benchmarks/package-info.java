/**
 * Performance benchmarks, run by {@code benchmarks/run} (BENCHMARKS.md records their figures): ingest against a
 * plain Tika loop, library builds from the synthetic generator, and the query mix in-process, over HTTP, against
 * plain Solr and through the library's SolrCloud backend on the same documents. Only their smoke tests run in
 * {@code mvn verify}.
 */
package org.resourcelibrary.benchmarks;
