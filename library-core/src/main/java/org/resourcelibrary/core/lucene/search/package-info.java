/**
 * The embedded Lucene implementation of {@link org.resourcelibrary.core.search.LibrarySearch}: query
 * execution with drill-sideways facets, snippets with page numbers, cursors, suggestions and similar
 * documents.
 */
package org.resourcelibrary.core.lucene.search;
