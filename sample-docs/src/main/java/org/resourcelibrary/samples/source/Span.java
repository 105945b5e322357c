package org.resourcelibrary.samples.source;

/** A run of text in one style. */
public record Span(String text, boolean bold) {
}
