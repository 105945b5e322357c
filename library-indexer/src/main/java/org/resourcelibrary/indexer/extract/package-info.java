/**
 * Text extraction with Apache Tika in isolated worker JVMs.
 *
 * <p>{@link org.resourcelibrary.indexer.extract.Extractor} keeps one long-lived worker JVM per thread and
 * sends it one file at a time over a framed stdin/stdout protocol; a worker that hangs past the per-file
 * timeout, runs out of memory or dies is replaced, and the file is reported failed with the reason. Inside
 * the worker, {@link org.resourcelibrary.indexer.extract.DocumentParser} runs Tika's AutoDetectParser,
 * keeps text per page (PDF pages, slides), appends embedded documents' text to their parent, enforces the
 * text cap and applies OCR to image-only pages when tesseract is available. Text without a declared charset
 * is read as UTF-8 whenever its bytes are valid UTF-8 ({@link org.resourcelibrary.indexer.extract.TextEncoding}),
 * before any statistical guess; {@link org.resourcelibrary.indexer.extract.GarbledText} counts what still
 * came out decoded wrongly, for the ingest report.
 * {@link org.resourcelibrary.indexer.extract.ArchiveUnpacker} expands zip files into member files, within
 * limits, for ingest to treat each member as its own resource.
 */
package org.resourcelibrary.indexer.extract;
