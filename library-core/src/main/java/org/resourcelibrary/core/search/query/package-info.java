/**
 * What members type, understood, whatever the backend: a forgiving parser of the query syntax (words,
 * "phrases", NOT and -exclusions, AND, OR, parentheses, field:value, trailing wildcards, year ranges), the words
 * a search cannot use on their own (stop words, punctuation), the ranking's weights, the rules of typo tolerance
 * ({@link org.resourcelibrary.core.search.query.Spellings}) and the language of a query's words
 * ({@link org.resourcelibrary.core.search.query.WordsLanguage}). Each backend translates
 * the parsed query into its own queries.
 */
package org.resourcelibrary.core.search.query;
