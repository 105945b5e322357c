/** The load generator, its targets (in-process, HTTP) and the query benchmark comparing them. */
package org.resourcelibrary.benchmarks.load;
