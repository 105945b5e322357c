package org.resourcelibrary.indexer.enrich;

import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.vocabulary.Cues;

/** Small documents for tests, built the way extraction hands them over. */
final class TestDocuments {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private TestDocuments() {
    }

    /** A paged PDF with no properties. */
    static ExtractedText pdf(String... pages) {
        return new ExtractedText("0".repeat(64), PDF, List.of(pages), pages.length > 1, Map.of(), false, null);
    }

    /** A document of {@code mediaType} with one text and the given parser metadata. */
    static ExtractedText document(String mediaType, String text, Map<String, List<String>> metadata) {
        return new ExtractedText("0".repeat(64), mediaType, List.of(text), false, metadata, false, null);
    }

    /** Evidence for a document: its text, title, path and language, no keywords. */
    static Evidence evidence(ExtractedText text, String title, String path, String language) {
        return Evidence.of(DocumentText.of(text), title, List.of(), path, language, text.mediaType());
    }

    static Cues cues() {
        return Cues.standard();
    }

    /** {@code sentence} repeated {@code times}, as a paragraph. */
    static String repeat(String sentence, int times) {
        return (sentence + " ").repeat(times).strip();
    }
}
