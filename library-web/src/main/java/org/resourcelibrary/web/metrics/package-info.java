/**
 * Service metrics in the Prometheus text format: requests per route and status with latency histograms,
 * searches, and gauges read at scrape time (documents, index size, JVM memory). Hand-written: a few counters
 * need no metrics framework.
 */
package org.resourcelibrary.web.metrics;
