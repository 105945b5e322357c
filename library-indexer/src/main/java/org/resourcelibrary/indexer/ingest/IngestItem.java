package org.resourcelibrary.indexer.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;

/**
 * What happened to one input file (or one removed path) in an ingest: an entry of {@link IngestReport#items()}.
 *
 * @param path      the file's path relative to its source; zip members read {@code archive.zip!/member/path}
 * @param status    what was done
 * @param reason    for {@code failed} and {@code skipped}: the short reason ({@code encrypted}, {@code timeout},
 *                  {@code hidden file}…), otherwise null
 * @param detail    for {@code failed}: the parser's explanation, when there is one
 * @param id        the document the file is (or was) part of; null when it is in none
 * @param mediaType the detected media type, when known
 * @param chars     characters of text extracted, when known
 * @param pages     pages (or slides) of a paged format, when known
 * @param truncated whether the text cap was reached
 * @param ocr       whether OCR was applied or would have been needed, when known
 * @param source    the ingest root the path is relative to (a folder or zip path, or {@code upload})
 * @param movedFrom for a document found at a new path after its old path disappeared: the old path
 * @param garbled   characters of its text that show a wrong decoding ({@link org.resourcelibrary.indexer.extract.GarbledText}), when its text was
 *                  read in this run
 */
@JsonPropertyOrder({"path", "status", "reason", "detail", "id", "mediaType", "chars", "pages", "truncated", "ocr",
        "garbled", "source", "movedFrom"})
public record IngestItem(
        String path,
        ItemStatus status,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
        String id,
        String mediaType,
        Long chars,
        Integer pages,
        Boolean truncated,
        OcrStatus ocr,
        String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String movedFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long garbled) {

    public IngestItem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }

    /** An item about an input file that is part of document {@code id}, whose copy is {@code resource}. */
    static IngestItem of(Placement placement, String id, Resource resource) {
        SourceFile file = placement.file();
        return of(file.source(), file.path(), placement.status(), id, resource).movedFrom(placement.movedFrom());
    }

    /** An item about a path of document {@code id}, with what its extraction found. */
    static IngestItem of(String source, String path, ItemStatus status, String id, Resource resource) {
        Extraction extraction = resource.extraction();
        return extraction == null
                ? new IngestItem(path, status, null, null, id, resource.mediaType(), null, null, null, null, source,
                        null, null)
                : new IngestItem(path, status, null, null, id, extraction.mediaType(), extraction.chars(),
                        extraction.pages(), extraction.truncated(), extraction.ocr(), source, null, null);
    }

    /** A file whose text could not be extracted, or that could not be read. */
    static IngestItem failed(String source, String path, String reason, String detail) {
        return new IngestItem(path, ItemStatus.FAILED, reason, detail, null, null, null, null, null, null, source,
                null, null);
    }

    /** A file left out on purpose. */
    static IngestItem skipped(String source, String path, String reason) {
        return new IngestItem(path, ItemStatus.SKIPPED, reason, null, null, null, null, null, null, null, source,
                null, null);
    }

    /** A file a dry run would extract: nothing is known of its text yet. */
    static IngestItem planned(Placement placement, String id) {
        SourceFile file = placement.file();
        return new IngestItem(file.path(), placement.status(), null, null, id, null, null, null, null, null,
                file.source(), placement.movedFrom(), null);
    }

    /** This item, noting the path the document was found at before. */
    IngestItem movedFrom(String oldPath) {
        return new IngestItem(path, status, reason, detail, id, mediaType, chars, pages, truncated, ocr, source,
                oldPath, garbled);
    }

    /** This item, with the count of garbled characters in its text. */
    IngestItem garbled(long count) {
        return new IngestItem(path, status, reason, detail, id, mediaType, chars, pages, truncated, ocr, source,
                movedFrom, count);
    }
}
