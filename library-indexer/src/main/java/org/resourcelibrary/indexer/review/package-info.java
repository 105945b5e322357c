/**
 * The review queue: the values ingest inferred on weak evidence, shown with that evidence for a librarian to
 * accept, correct or reject, and the record of those decisions, whose share of values accepted unchanged
 * measures inference field by field.
 *
 * <p>{@link org.resourcelibrary.indexer.review.EvidenceStore} keeps each document's evidence beside the index;
 * {@link org.resourcelibrary.indexer.review.ReviewLog} keeps the decisions;
 * {@link org.resourcelibrary.indexer.review.ReviewQueue} joins both to the documents as they are now. The
 * decisions themselves are librarian's edits, made by {@link org.resourcelibrary.indexer.ingest.Reviewer}.
 */
package org.resourcelibrary.indexer.review;
