/**
 * Solr for comparison: a core with our schema's fields and analysis, run in its own JVM, loaded with the same
 * documents and asked the same queries (edismax, tagged filters, JSON facets with exclusions).
 */
package org.resourcelibrary.benchmarks.solr;
