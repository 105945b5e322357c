/**
 * A local SolrCloud for development and tests, run by {@code library solr start} in a JVM of its own: an embedded
 * ZooKeeper and N real Solr 9.10 nodes on loopback, their data under one directory that survives a restart. Not for
 * production: one machine, one ZooKeeper, no security.
 */
package org.resourcelibrary.solr.node;
