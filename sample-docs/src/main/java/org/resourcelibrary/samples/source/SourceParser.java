package org.resourcelibrary.samples.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Parses a source file {@code NN-<stem>.txt}: its header, checked against the vocabulary, and its body,
 * checked against the markup its format allows.
 */
public final class SourceParser {

    /** Source file names: two digits, a dash, the output file's stem. */
    public static final Pattern SOURCE_NAME = Pattern.compile("(\\d{2})-(.+)\\.txt");
    private static final String SEPARATOR = "---";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Vocabulary vocabulary;

    public SourceParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @throws SourceException naming the file and line of the first problem found
     * @throws IOException     when the file cannot be read
     */
    public SourceDocument parse(Path source) throws SourceException, IOException {
        List<SourceLine> lines = lines(source);
        int separator = -1;
        for (int i = 0; i < lines.size() && separator < 0; i++) {
            if (lines.get(i).text().strip().equals(SEPARATOR)) {
                separator = i;
            }
        }
        if (separator < 0) {
            throw new SourceException(source, 0, "no '---' line between header and body");
        }
        SampleMetadata metadata = new HeaderParser(source, vocabulary)
                .parse(lines.subList(0, separator).stream().filter(l -> !l.text().isBlank()).toList(),
                        separator + 1);
        checkSourceName(source, metadata.file());
        return new BodyParser(source, metadata.format()).parse(metadata, lines.subList(separator + 1, lines.size()));
    }

    private static List<SourceLine> lines(Path source) throws SourceException, IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(source)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(source, 0, "not valid UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, raw[i].replace('\t', ' ').stripTrailing()));
        }
        return lines;
    }

    private static void checkSourceName(Path source, String file) throws SourceException {
        Matcher name = SOURCE_NAME.matcher(source.getFileName().toString());
        String stem = file.substring(0, file.lastIndexOf('.'));
        if (!name.matches() || !name.group(2).equals(stem)) {
            throw new SourceException(source, 0, "source file must be named NN-" + stem + ".txt after its file: "
                    + file);
        }
    }
}
