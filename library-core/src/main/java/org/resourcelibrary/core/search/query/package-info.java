/**
 * What members type, understood, whatever the backend: a forgiving parser of the query syntax (words,
 * "phrases", NOT and -exclusions, AND, OR, parentheses, field:value, trailing wildcards, year ranges), the words
 * a search cannot use on their own (stop words, punctuation) and the ranking's weights. Each backend translates
 * the parsed query into its own queries.
 */
package org.resourcelibrary.core.search.query;
