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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The librarians' decisions on the review queue, oldest first, one JSON line each in the data directory's
 * {@value #FILE}; each is on disk before {@link #append} returns. A line cut short by a crash is skipped on
 * reading. Thread-safe. The decisions read are kept in memory and the file read again only when it changed:
 * after an append here, or when another log (the API's, the page's) or another process appended to it.
 */
public final class ReviewLog {

    /** The log's file in the data directory. */
    public static final String FILE = "review-decisions.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewLog.class);

    private final Path file;
    /** The decisions as last read, and the file's attributes then; null when they must be read again. */
    private List<ReviewDecision> decisions;
    private BasicFileAttributes readAt;

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
        } finally {
            decisions = null;
        }
    }

    /** Every decision, oldest first. */
    public synchronized List<ReviewDecision> all() throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            decisions = null;
            return List.of();
        }
        if (decisions == null || !unchanged(readAt, now)) {
            // The attributes are taken before the lines: a line appended in between is read next time.
            decisions = read();
            readAt = now;
        }
        return decisions;
    }

    private static boolean unchanged(BasicFileAttributes then, BasicFileAttributes now) {
        return Objects.equals(then.fileKey(), now.fileKey()) && then.size() == now.size()
                && then.lastModifiedTime().equals(now.lastModifiedTime());
    }

    private List<ReviewDecision> read() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<ReviewDecision> logged = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                logged.add(Json.mapper().readValue(line, ReviewDecision.class));
            } catch (JsonProcessingException e) {
                LOG.warn("skipping an unreadable line of {}: {}", file, e.getOriginalMessage());
            }
        }
        return List.copyOf(logged);
    }
}
