/**
 * SolrJ's cloud client over the JDK's own HTTP client instead of Jetty's: SolrJ 9.10's HTTP/2 client needs Jetty
 * 10, and the web service (Javalin 7) needs Jetty 12, which cannot share a class path. Routing, retries, failover
 * and the cluster's state stay SolrJ's ({@code CloudSolrClient}, {@code LBSolrClient}); this package only supplies
 * the HTTP transport beneath them.
 */
package org.resourcelibrary.solr.transport;
