package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.store.ExtractedText;
import org.xml.sax.SAXException;

/**
 * Extracts one file with Tika's AutoDetectParser: text per page, embedded documents' text appended to their
 * parent, metadata, the text cap, OCR of image-only pages. Runs inside a worker JVM; one instance parses one
 * file at a time.
 */
final class DocumentParser {

    /** Tesseract language packs: English, French, Spanish, Portuguese. */
    static final String OCR_LANGUAGES = "eng+fra+spa+por";
    /**
     * Resolution at which PDF pages are rendered for OCR. 200 dpi reads body text as well as 300 dpi (the same
     * words on the sample library's scans and on real-pdfs) in much less time per page, which keeps a long
     * document that needs OCR within the per-file timeout (BENCHMARKS.md has the timings).
     */
    static final int OCR_DPI = 200;
    /**
     * OCR a PDF page when it has (almost) no text, or more than 999 unmapped glyphs (a page of garbage), but
     * not merely because some glyphs are unmapped: Tika's default does, and OCRs whole books set in unusual
     * fonts page by page. Tika reads the first number as a count of unmapped characters; it takes at most
     * three digits.
     */
    static final String OCR_ONLY_PAGES_WITHOUT_TEXT = "999, " + ImageOnlyPages.MIN_TEXT_CHARS_PER_PAGE;
    /** Longer metadata values (stack traces of embedded failures, XMP blobs) are cut to this length. */
    static final int MAX_METADATA_VALUE_CHARS = 4_000;

    /** Parsers that mean "nothing could read this": the file's type is unsupported. */
    private static final Set<String> NO_PARSER = Set.of(
            "org.apache.tika.parser.DefaultParser", "org.apache.tika.parser.EmptyParser",
            "org.apache.tika.parser.AutoDetectParser", "org.apache.tika.parser.CompositeParser");
    private static final String PDF = "application/pdf";
    private static final String SVG = "image/svg+xml";

    private final Parser parser = new AutoDetectParser();
    private final Options options;
    private final PDFParserConfig pdfConfig = new PDFParserConfig();
    private final TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
    private final EncodingDetector encodingDetector = new Utf8FirstEncodingDetector();

    /**
     * What the worker was started with.
     *
     * @param ocrPageTimeoutSeconds limit for OCR of one page or image
     */
    record Options(int maxChars, boolean ocr, int ocrPageTimeoutSeconds, int maxEmbeddedDepth) {
    }

    DocumentParser(Options options) {
        this.options = options;
        pdfConfig.setOcrStrategy(options.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO
                : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdfConfig.setOcrStrategyAuto(OCR_ONLY_PAGES_WITHOUT_TEXT);
        pdfConfig.setOcrDPI(OCR_DPI);
        ocrConfig.setSkipOcr(!options.ocr());
        ocrConfig.setLanguage(OCR_LANGUAGES);
        ocrConfig.setTimeoutSeconds(options.ocrPageTimeoutSeconds());
    }

    ExtractionResult parse(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return ExtractionResult.failed(FailureReason.UNREADABLE, "not a readable file: " + file);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        PageCollector collector = new PageCollector(options.maxChars());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, collector, metadata, context(collector));
        } catch (ZeroByteFileException e) {
            return ExtractionResult.failed(FailureReason.EMPTY, "the file has no bytes");
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (!collector.truncated()) {
                return failure(e);
            }
        }
        String mediaType = mediaType(metadata);
        if (unsupported(metadata)) {
            return ExtractionResult.failed(FailureReason.UNSUPPORTED, "no parser reads " + mediaType);
        }
        List<String> pages = collector.pages();
        ExtractedText text = new ExtractedText(null, mediaType, pages, collector.paged(), metadataMap(metadata),
                collector.truncated(), ocrStatus(file, mediaType, collector, pages));
        return ExtractionResult.ok(text);
    }

    private ParseContext context(PageCollector collector) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(TesseractOCRConfig.class, ocrConfig);
        context.set(EncodingDetector.class, encodingDetector);
        context.set(EmbeddedDocumentExtractor.class,
                new EmbeddedDocuments(context, collector, options.maxEmbeddedDepth()));
        return context;
    }

    private static ExtractionResult failure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return ExtractionResult.failed(FailureReason.ENCRYPTED, describe(t));
            }
        }
        return ExtractionResult.failed(FailureReason.CORRUPT, describe(e));
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return root == t ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static boolean unsupported(Metadata metadata) {
        for (String parserName : metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
            if (!NO_PARSER.contains(parserName)) {
                return false;
            }
        }
        return true;
    }

    private static String mediaType(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
    }

    private OcrStatus ocrStatus(Path file, String mediaType, PageCollector collector, List<String> pages) {
        if (collector.ocrChars() > 0) {
            return OcrStatus.PERFORMED;
        }
        if (options.ocr()) {
            return OcrStatus.NONE;
        }
        boolean image = mediaType.startsWith("image/") && !SVG.equals(mediaType);
        if (image && pages.stream().allMatch(ImageOnlyPages::blank)) {
            return OcrStatus.NEEDED;
        }
        if (PDF.equals(mediaType) && pages.stream().anyMatch(ImageOnlyPages::blank)
                && ImageOnlyPages.any(file, pages)) {
            return OcrStatus.NEEDED;
        }
        return OcrStatus.NONE;
    }

    private static Map<String, List<String>> metadataMap(Metadata metadata) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : metadata.names()) {
            List<String> values = Arrays.stream(metadata.getValues(name))
                    .map(value -> value.length() > MAX_METADATA_VALUE_CHARS
                            ? value.substring(0, MAX_METADATA_VALUE_CHARS) : value)
                    .toList();
            map.put(name, values);
        }
        return map;
    }

    /** The worker's options as command-line arguments, and back. */
    static List<String> arguments(Options options) {
        return List.of(Integer.toString(options.maxChars()), Boolean.toString(options.ocr()),
                Integer.toString(options.ocrPageTimeoutSeconds()), Integer.toString(options.maxEmbeddedDepth()));
    }

    static Options fromArguments(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected 4 arguments, got " + args.length);
        }
        return new Options(Integer.parseInt(args[0]), Boolean.parseBoolean(args[1].toLowerCase(Locale.ROOT)),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }
}
