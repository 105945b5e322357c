/**
 * The library on SolrCloud: {@link org.resourcelibrary.solr.SolrLibrary}, the same {@code Library} as the embedded
 * index, writing to and searching a collection of the generated configset.
 */
package org.resourcelibrary.solr;
