/**
 * The library's own database (H2): what the library keeps that is neither a document nor the index (alert
 * subscriptions, search analytics, librarian sessions, ingest jobs, what is remembered per client address, the
 * librarians' turn to change the library). Embedded in the data directory by default; an H2 server every web node
 * shares when several serve one library ({@link DatabaseAddress}). One connection pool per process; each feature
 * brings its own versioned schema, migrated when the feature opens it through {@link FeatureStore}.
 */
package org.resourcelibrary.web.database;
