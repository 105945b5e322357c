package org.resourcelibrary.samples.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a source body into pages, slides or sheets according to the document's format. */
final class BodyParser {

    private static final Pattern MARKER = Pattern.compile("===\\s*(.*?)\\s*===");
    private static final String NOTES = "> notes:";

    private final Path source;
    private final Format format;

    BodyParser(Path source, Format format) {
        this.source = source;
        this.format = format;
    }

    /** The body as pages (paged formats), or as slides or sheets; the other lists are empty. */
    SourceDocument parse(SampleMetadata metadata, List<SourceLine> lines) throws SourceException {
        return switch (format) {
            case PPTX -> new SourceDocument(source, metadata, List.of(), slides(lines), List.of());
            case XLSX -> new SourceDocument(source, metadata, List.of(), List.of(),
                    new SheetParser(source).parse(lines, this::marker));
            default -> SourceDocument.paged(source, metadata, pages(lines));
        };
    }

    private List<Page> pages(List<SourceLine> lines) throws SourceException {
        List<Page> pages = new ArrayList<>();
        BlockReader reader = new BlockReader(source);
        int pageLine = lines.isEmpty() ? 0 : lines.get(0).number();
        for (SourceLine line : lines) {
            String marker = marker(line);
            if (marker == null) {
                notesOutsideSlide(line);
                reader.read(line);
            } else if (marker.equals("page")) {
                pages.add(page(reader.take(), pageLine));
                pageLine = line.number();
            } else {
                throw misplaced(line, marker);
            }
        }
        pages.add(page(reader.take(), pageLine));
        return pages;
    }

    private Page page(List<Block> blocks, int line) throws SourceException {
        if (blocks.isEmpty()) {
            throw new SourceException(source, line, "empty page");
        }
        return new Page(blocks);
    }

    private List<Slide> slides(List<SourceLine> lines) throws SourceException {
        List<Slide> slides = new ArrayList<>();
        SlideBuilder slide = null;
        for (SourceLine line : lines) {
            String marker = marker(line);
            if (marker != null && marker.equals("slide")) {
                if (slide != null) {
                    slides.add(slide.build());
                }
                slide = new SlideBuilder(line.number());
            } else if (marker != null) {
                throw misplaced(line, marker);
            } else if (slide == null) {
                if (!line.text().isBlank()) {
                    throw new SourceException(source, line.number(), "text before the first '=== slide ==='");
                }
            } else {
                slide.read(line);
            }
        }
        if (slide == null) {
            throw new SourceException(source, 0, "a pptx source needs at least one '=== slide ==='");
        }
        slides.add(slide.build());
        return slides;
    }

    /** The marker's name ({@code page}, {@code slide}, {@code sheet: X}) or null for an ordinary line. */
    private String marker(SourceLine line) {
        Matcher m = MARKER.matcher(line.text().strip());
        return m.matches() ? m.group(1) : null;
    }

    private void notesOutsideSlide(SourceLine line) throws SourceException {
        if (line.text().startsWith(NOTES)) {
            throw new SourceException(source, line.number(), "'> notes:' only belongs in a pptx slide");
        }
    }

    private SourceException misplaced(SourceLine line, String marker) {
        boolean known = marker.equals("page") || marker.equals("slide")
                || SheetParser.SHEET.matcher(marker).matches();
        return new SourceException(source, line.number(), known
                ? "'=== " + marker + " ===' does not belong in a " + format.code() + " source"
                : "unknown marker '=== " + marker + " ==='");
    }

    /** The slide being read: title from its first level-1 heading, notes from {@code > notes:} lines. */
    private final class SlideBuilder {
        private final int line;
        private final BlockReader reader = new BlockReader(source);
        private final List<String> notes = new ArrayList<>();

        SlideBuilder(int line) {
            this.line = line;
        }

        void read(SourceLine sourceLine) throws SourceException {
            String text = sourceLine.text();
            if (text.startsWith(NOTES)) {
                notes.add(text.substring(NOTES.length()).strip());
            } else {
                reader.read(sourceLine);
            }
        }

        Slide build() throws SourceException {
            List<Block> blocks = new ArrayList<>(reader.take());
            if (blocks.stream().anyMatch(b -> b instanceof Block.Table)) {
                throw new SourceException(source, line, "tables are not supported on slides");
            }
            Block.Heading title = blocks.stream()
                    .flatMap(b -> b instanceof Block.Heading h && h.level() == 1 ? Stream.of(h)
                            : Stream.empty())
                    .findFirst()
                    .orElseThrow(() -> new SourceException(source, line, "slide has no '# ' title line"));
            blocks.remove(title);
            return new Slide(title.text(), blocks, String.join(" ", notes));
        }
    }
}
