/** Index builds from the synthetic generator: throughput, size per document, peak memory. */
package org.resourcelibrary.benchmarks.build;
