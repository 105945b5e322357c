/**
 * The data directory: the content-addressed store of original files and the cache of extracted text,
 * both written before the index commit that refers to them.
 */
package org.resourcelibrary.core.store;
