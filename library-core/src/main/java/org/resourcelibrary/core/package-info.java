/**
 * The library's core: its model, controlled vocabulary and the {@link org.resourcelibrary.core.Library} a backend
 * provides. What every backend shares lives here, outside {@code lucene}: the schema description
 * ({@code schema}), requests, responses and the parsing of what members type ({@code search}); the embedded
 * backend is the {@code lucene} wing, SolrCloud the {@code library-solr} module. Nothing here knows about Tika
 * or HTTP; the indexer and the web service both build on it.
 */
package org.resourcelibrary.core;
