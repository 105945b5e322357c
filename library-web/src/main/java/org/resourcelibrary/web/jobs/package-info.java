/**
 * Zip ingest jobs told about in the library database, so that every web node sharing it follows every job to its
 * report, whichever node runs it; a job whose node stopped renewing its lease is shown failed by all.
 */
package org.resourcelibrary.web.jobs;
