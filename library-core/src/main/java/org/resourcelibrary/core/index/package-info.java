/**
 * The Lucene index: one schema definition (fields, analyzers, {@code FacetsConfig}) used for both writing and
 * searching, one {@code IndexWriter}, and a {@code SearcherManager} refreshed in the background.
 */
package org.resourcelibrary.core.index;
