package org.resourcelibrary.core.model;

/**
 * One place a resource's content was found. Identical content found at several places is one resource
 * with several source references.
 *
 * @param source         the ingest root (an absolute folder or zip path), or {@code upload} for web uploads
 * @param path           path relative to the source, with {@code /} separators
 * @param size           file size in bytes when last seen
 * @param modifiedMillis last-modified time in epoch milliseconds when last seen
 */
public record SourceRef(String source, String path, long size, long modifiedMillis) {

    /** The source that web uploads are recorded under. */
    public static final String UPLOAD = "upload";

    /** {@code source/path}, the key that identifies a source file across runs. */
    public String key() {
        return source + "!" + path;
    }
}
