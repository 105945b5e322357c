package org.resourcelibrary.indexer.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The librarians' decisions on the review queue, oldest first, one JSON line each in the data directory's
 * {@value #FILE}; each is on disk before {@link #append} returns. A line cut short by a crash is skipped on
 * reading. Thread-safe.
 */
public final class ReviewLog {

    /** The log's file in the data directory. */
    public static final String FILE = "review-decisions.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewLog.class);

    private final Path file;

    public ReviewLog(DataDirectory data) {
        this.file = data.root().resolve(FILE);
    }

    /** Adds a decision, durably. */
    public synchronized void append(ReviewDecision decision) throws IOException {
        byte[] line = (Json.mapper().writeValueAsString(decision) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }

    /** Every decision, oldest first. */
    public synchronized List<ReviewDecision> all() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<ReviewDecision> decisions = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                decisions.add(Json.mapper().readValue(line, ReviewDecision.class));
            } catch (JsonProcessingException e) {
                LOG.warn("skipping an unreadable line of {}: {}", file, e.getOriginalMessage());
            }
        }
        return decisions;
    }
}
