package org.resourcelibrary.indexer.enrich;

/**
 * Something wrong with one metadata field as a person typed it (a manifest cell, an upload form field).
 *
 * @param field   the field's name ({@link org.resourcelibrary.core.model.MetadataField#key()}) or the column as written
 * @param message what is wrong, with a suggestion when there is one
 */
public record FieldProblem(String field, String message) {
}
