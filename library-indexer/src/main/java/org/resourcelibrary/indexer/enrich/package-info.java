/**
 * Metadata enrichment: gives each ingested document its title, countries, topics, type, language, year,
 * organisation and the rest, merged from the librarian's manifest ({@link
 * org.resourcelibrary.indexer.enrich.Manifest}), the upload form, the file's own properties and inference
 * from its text, with the source of every field kept ({@link
 * org.resourcelibrary.indexer.enrich.MetadataEnricher}). Inference is one small class per field, driven by
 * the cue phrases shipped as data with the vocabulary ({@link org.resourcelibrary.core.vocabulary.Cues});
 * {@link org.resourcelibrary.indexer.enrich.InferenceEvaluation} measures it against known metadata.
 */
package org.resourcelibrary.indexer.enrich;
