package org.resourcelibrary.core.thesaurus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A library's thesaurus file ({@code thesaurus.csv} in its data directory): a copy of the shipped one until a
 * librarian changes it, by hand or on the librarian page. A change is picked up without a restart: the file
 * is looked at again at most every {@link #RECHECK_INTERVAL}, and read again when it changed. A file that
 * cannot be used leaves the last good thesaurus in use; {@link #problem()} says which line is at fault.
 */
public final class ThesaurusFile {

    /** How often the file is looked at for a change: a glance at its date and size, not a read. */
    public static final Duration RECHECK_INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ThesaurusFile.class);

    private final Path path;
    private final Vocabulary vocabulary;
    private final long recheckNanos;
    private volatile State state;

    /**
     * The thesaurus in use, the file's date and size it was read at, and what is wrong with the file now (and
     * the fault at its line, when the file was read but is not a good thesaurus).
     */
    private record State(Thesaurus thesaurus, FileTime modified, long size, String problem, ThesaurusException fault,
                         long checkedAt) {
    }

    private ThesaurusFile(Path path, Vocabulary vocabulary, Duration recheck) {
        this.path = path;
        this.vocabulary = vocabulary;
        this.recheckNanos = recheck.toNanos();
    }

    /**
     * The thesaurus file at {@code path}, written from the shipped one when there is none yet.
     *
     * @param recheck how long a change may go unnoticed ({@link #RECHECK_INTERVAL}; zero looks at every use)
     */
    public static ThesaurusFile open(Path path, Vocabulary vocabulary, Duration recheck) throws IOException {
        if (!Files.exists(path)) {
            Files.createDirectories(path.toAbsolutePath().getParent());
            write(path, Thesaurus.shippedText());
        }
        ThesaurusFile file = new ThesaurusFile(path, vocabulary, recheck);
        file.state = new State(Thesaurus.standard(), null, -1, null, null, System.nanoTime());
        file.reload();
        return file;
    }

    /** The thesaurus in use: the file's as last read without fault. */
    public Thesaurus current() {
        State seen = state;
        if (System.nanoTime() - seen.checkedAt() >= recheckNanos) {
            reload();
        }
        return state.thesaurus();
    }

    /** What is wrong with the file as it is now (naming the line), when the thesaurus in use is an older one. */
    public Optional<String> problem() {
        current();
        return Optional.ofNullable(state.problem());
    }

    /** The fault at a line of the file as it is now, when the thesaurus in use is an older one. */
    public Optional<ThesaurusException> fault() {
        current();
        return Optional.ofNullable(state.fault());
    }

    public Path path() {
        return path;
    }

    /** The file's text as it is now. */
    public String text() {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the thesaurus " + path, e);
        }
    }

    /**
     * Replaces the file with {@code text} and uses it from now on, if it is a good thesaurus.
     *
     * @throws ThesaurusException naming the line at fault; the file is then left as it was
     */
    public synchronized Thesaurus save(String text) throws IOException {
        Thesaurus thesaurus = Thesaurus.of(text, vocabulary);
        write(path, text);
        state = new State(thesaurus, Files.getLastModifiedTime(path), Files.size(path), null, null,
                System.nanoTime());
        LOG.info("thesaurus {} saved: {} concepts", path, thesaurus.fileConcepts());
        return thesaurus;
    }

    /** Reads the file again if its date or size changed since it was last read. */
    private synchronized void reload() {
        State old = state;
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            if (modified.equals(old.modified()) && size == old.size()) {
                state = new State(old.thesaurus(), modified, size, old.problem(), old.fault(), System.nanoTime());
                return;
            }
            String problem = null;
            ThesaurusException fault = null;
            Thesaurus thesaurus = old.thesaurus();
            try {
                thesaurus = Thesaurus.of(Files.readString(path, StandardCharsets.UTF_8), vocabulary);
                LOG.info("thesaurus {} read: {} concepts", path, thesaurus.fileConcepts());
            } catch (ThesaurusException e) {
                problem = path.getFileName() + " " + e.getMessage();
                fault = e;
                LOG.warn("thesaurus {} not used, the previous one stays: {}", path, e.getMessage());
            }
            state = new State(thesaurus, modified, size, problem, fault, System.nanoTime());
        } catch (IOException e) {
            String problem = "cannot read " + path + ": " + e.getMessage();
            LOG.warn("thesaurus not read, the previous one stays: {}", problem);
            state = new State(old.thesaurus(), old.modified(), old.size(), problem, null, System.nanoTime());
        }
    }

    /** Writes the whole file at once: a reader sees the old file or the new one, never half of it. */
    private static void write(Path path, String text) throws IOException {
        Path temporary = path.resolveSibling(path.getFileName() + ".saving");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
