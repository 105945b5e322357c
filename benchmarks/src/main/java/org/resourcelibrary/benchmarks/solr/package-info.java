/**
 * Plain Solr for comparison: a standalone core with the library's generated configset, run in its own JVM,
 * loaded with the same documents and asked the same queries written by hand (edismax, tagged filters, JSON facets
 * with exclusions). The library's own SolrCloud backend is measured through its {@code Library} instead.
 */
package org.resourcelibrary.benchmarks.solr;
