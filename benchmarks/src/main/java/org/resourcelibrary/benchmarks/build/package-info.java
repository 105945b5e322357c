/**
 * Library builds from the synthetic generator, into the embedded index ({@code IndexBuild}: throughput, size per
 * document, peak memory) or through the library's SolrCloud backend into a collection ({@code CloudBuild}).
 */
package org.resourcelibrary.benchmarks.build;
