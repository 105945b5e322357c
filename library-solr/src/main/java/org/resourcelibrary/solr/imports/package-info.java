/**
 * {@code library solr import}: moving a library from the embedded index into a SolrCloud collection, document by
 * document, resumable. The originals and texts stay in the data directory's blob store, which the web nodes of a
 * SolrCloud library share.
 */
package org.resourcelibrary.solr.imports;
