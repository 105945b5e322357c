/**
 * {@code library solr …}: the commands that concern SolrCloud, the backend a library moves to when it outgrows one
 * machine. {@code solr start} runs a local cluster for development and tests in a child JVM ({@link LocalSolrCloud}),
 * because Solr's server is built on Jetty 10 while this application carries Javalin's Jetty 12.
 */
package org.resourcelibrary.indexer.cli.solr;
