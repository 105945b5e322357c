package org.resourcelibrary.samples.synthetic;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.resourcelibrary.core.json.Json;

/** Writes records as JSON Lines: one {@link CorpusRecord} object per line, with the library's JSON mapper. */
public final class CorpusJsonl {

    private final SyntheticCorpus corpus;

    public CorpusJsonl(SyntheticCorpus corpus) {
        this.corpus = corpus;
    }

    /** Writes the first {@code count} records; the stream is flushed, not closed. */
    public void write(long count, OutputStream out) throws IOException {
        try (SequenceWriter lines = Json.mapper().writer().withRootValueSeparator("\n").writeValues(
                new NonClosing(out))) {
            corpus.forEachOrdered(count, lines::write);
        }
        out.write('\n');
        out.flush();
    }

    /** Lets the sequence writer close its generator without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
