/**
 * Editions a librarian has not grouped yet: documents that look like one report in several languages (same
 * organisation and year, matching structure, titles naming the same concepts of the thesaurus), proposed with
 * their evidence for a librarian to confirm or dismiss, never grouped silently; and the review itself
 * ({@link org.resourcelibrary.indexer.editions.EditionReview}), which the API and the librarian page share.
 */
package org.resourcelibrary.indexer.editions;
