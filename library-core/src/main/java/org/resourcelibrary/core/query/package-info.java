/**
 * What members type, understood: a forgiving parser of the query syntax (words, "phrases", -exclusions, OR,
 * field:value, trailing wildcards, year ranges) and the translation of the parsed query into a Lucene query
 * over the schema's fields, with typo tolerance and "did you mean".
 */
package org.resourcelibrary.core.query;
