/**
 * Searching the library: requests, responses and the {@link org.resourcelibrary.core.search.LibrarySearch}
 * interface that the embedded Lucene implementation (and any future distributed one) provides.
 */
package org.resourcelibrary.core.search;
