/**
 * The parsed query translated into Lucene queries over the schema's fields: statistics blended across the
 * language fields, proximity, typo tolerance and "did you mean", thesaurus expansion, the member's language
 * and the query's own.
 */
package org.resourcelibrary.core.lucene.query;
