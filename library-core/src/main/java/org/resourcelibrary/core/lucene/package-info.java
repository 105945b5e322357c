/**
 * The embedded backend, everything Lucene: the index (one {@code IndexWriter}, a {@code SearcherManager}
 * refreshed in the background, documents mapped from the schema description), its change list and snapshots.
 * Query building is in {@code lucene.query}, searching in {@code lucene.search}.
 */
package org.resourcelibrary.core.lucene;
