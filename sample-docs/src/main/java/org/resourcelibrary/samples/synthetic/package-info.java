/**
 * A deterministic synthetic corpus for scale work: any number of documents with realistic text (Zipf-like
 * term frequencies over a vocabulary frozen from the sample library's own sources, plus a long tail of rare
 * terms) and realistically skewed metadata. Feeds the indexer directly, or is written as JSONL or as files
 * with a manifest.
 */
package org.resourcelibrary.samples.synthetic;
