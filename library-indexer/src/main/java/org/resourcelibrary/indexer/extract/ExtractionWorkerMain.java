package org.resourcelibrary.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Entry point of a worker JVM started by {@link Extractor}: reads file paths on stdin, parses each with
 * {@link DocumentParser} and writes one {@link WorkerProtocol} reply per file on stdout. Exits when stdin
 * closes. The JVM runs with {@code -XX:+ExitOnOutOfMemoryError}, so a file that exhausts the heap ends the
 * process with exit code 3 and the parent reports it.
 */
public final class ExtractionWorkerMain {

    private static final int PIPE_BUFFER_BYTES = 1 << 16;

    private ExtractionWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        // Ctrl-C reaches the whole process group, workers included; a worker dying of it would fail its file
        // before the parent has heard of the stop. The parent stops its workers itself.
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        Signal.handle(new Signal("TERM"), SignalHandler.SIG_IGN);
        // stdout carries the protocol: anything a parser prints must go to stderr instead.
        DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), PIPE_BUFFER_BYTES));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(
                new BufferedInputStream(new FileInputStream(FileDescriptor.in), PIPE_BUFFER_BYTES));

        DocumentParser parser = new DocumentParser(DocumentParser.fromArguments(args));
        out.writeInt(WorkerProtocol.READY);
        out.flush();
        while (true) {
            String path;
            try {
                path = WorkerProtocol.readRequest(in);
            } catch (EOFException e) {
                break;
            }
            WorkerProtocol.Reply reply = parseSafely(parser, path);
            WorkerProtocol.writeReply(out, reply);
            if (reply.retire()) {
                break;
            }
        }
        // Parsers may leave non-daemon threads behind; the worker's life ends here regardless.
        System.exit(0);
    }

    private static WorkerProtocol.Reply parseSafely(DocumentParser parser, String path) {
        try {
            return new WorkerProtocol.Reply(parser.parse(Path.of(path)), false);
        } catch (StackOverflowError | LinkageError | AssertionError e) {
            // The parser failed in a way that may leave static state broken: answer, then retire.
            return new WorkerProtocol.Reply(
                    ExtractionResult.failed(FailureReason.CORRUPT, "parser error: " + e), true);
        }
    }
}
