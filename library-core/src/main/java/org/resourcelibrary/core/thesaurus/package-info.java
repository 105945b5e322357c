/**
 * The multilingual thesaurus: the field's concepts with their labels in English, French, Spanish and
 * Portuguese, read from one plain file librarians edit, and how a query's words are found to name them.
 * Backend-neutral: it knows parsed queries and the vocabulary, not Lucene.
 */
package org.resourcelibrary.core.thesaurus;
