/** The query mix: what members ask, drawn deterministically so every server answers the same queries. */
package org.resourcelibrary.benchmarks.mix;
