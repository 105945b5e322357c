/**
 * The controlled vocabulary: countries, regions, topics, resource types and languages, with labels in
 * English, French, Spanish and Portuguese, and the cue phrases metadata inference looks for (country names
 * and adjectives, topic and type keywords). Shipped as TSV data next to these classes and replaceable by a
 * folder of the same files, so librarians can change it without code changes.
 */
package org.resourcelibrary.core.vocabulary;
