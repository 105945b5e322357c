package org.resourcelibrary.samples.source;

/** A line of a source file with its 1-based number, for error messages. */
record SourceLine(int number, String text) {
}
