/**
 * What members type, understood: a forgiving parser of the query syntax (words, "phrases", NOT and
 * -exclusions, AND, OR, parentheses, field:value, trailing wildcards, year ranges), the words a search
 * cannot use on their own (stop words, punctuation), and the translation of the parsed query into a Lucene
 * query over the schema's fields, with typo tolerance and "did you mean".
 */
package org.resourcelibrary.core.query;
