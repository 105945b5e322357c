/** Ingest throughput: {@code library ingest} against a plain single-threaded Tika loop over the same files. */
package org.resourcelibrary.benchmarks.ingest;
