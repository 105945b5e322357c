/**
 * The library's own embedded database (H2, in {@code data/library-db}): what the library keeps that is neither a
 * document nor the index (alert subscriptions, search analytics). One connection pool per data directory; each
 * feature brings its own versioned schema, migrated when the feature starts.
 */
package org.resourcelibrary.web.database;
