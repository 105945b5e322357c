/**
 * The library's core: its model, controlled vocabulary, Lucene schema, index writer and searcher.
 * Nothing here knows about Tika or HTTP; the indexer and the web service both build on it.
 */
package org.resourcelibrary.core;
