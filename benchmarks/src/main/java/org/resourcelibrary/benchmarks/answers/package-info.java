/**
 * What the query mix answers, written down (totals, first hits, facet counts) so that two builds can be shown to
 * give the same answers on the same library: the check behind a refactoring that must change no result.
 */
package org.resourcelibrary.benchmarks.answers;
