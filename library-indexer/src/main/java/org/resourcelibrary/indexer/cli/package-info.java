/**
 * The {@code library} command line: {@code ingest}, {@code search} and {@code eval} (the web module adds
 * {@code serve}). Exit codes: 0 on success (an ingest in which some files failed still succeeds), 2 on bad
 * usage, 1 on a fatal error; errors are one line on stderr, with the stack trace only under
 * {@code --verbose}.
 */
package org.resourcelibrary.indexer.cli;
