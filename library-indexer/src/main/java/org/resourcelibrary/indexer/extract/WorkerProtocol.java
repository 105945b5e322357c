package org.resourcelibrary.indexer.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.store.ExtractedText;

/**
 * The framed binary protocol between the {@link Extractor} and its worker JVMs, over the worker's stdin and
 * stdout. The worker announces {@link #READY} once its parsers are loaded; then, for each file path the
 * parent writes, it answers with one reply. Closing the worker's stdin asks it to exit.
 */
final class WorkerProtocol {

    /** Written by a worker once it can take files: "RLWR". */
    static final int READY = 0x524C5752;
    /** No string in a reply may be longer; a larger length means the stream is out of step. */
    private static final int MAX_STRING_BYTES = Integer.MAX_VALUE - 16;
    private static final byte OK = 0;
    private static final byte FAILED = 1;

    /**
     * A worker's answer for one file.
     *
     * @param retire the worker asks to be replaced (it survived an error that may have left it unsound)
     */
    record Reply(ExtractionResult result, boolean retire) {
    }

    private WorkerProtocol() {
    }

    static void writeRequest(DataOutputStream out, String path) throws IOException {
        writeString(out, path);
        out.flush();
    }

    static String readRequest(DataInputStream in) throws IOException {
        return readString(in);
    }

    static void writeReply(DataOutputStream out, Reply reply) throws IOException {
        ExtractionResult result = reply.result();
        if (result.ok()) {
            ExtractedText text = result.text();
            out.writeByte(OK);
            writeString(out, text.mediaType());
            out.writeBoolean(text.paged());
            out.writeBoolean(text.truncated());
            writeString(out, text.ocr().name());
            out.writeInt(text.pages().size());
            for (String page : text.pages()) {
                writeString(out, page);
            }
            out.writeInt(text.metadata().size());
            for (Map.Entry<String, List<String>> entry : text.metadata().entrySet()) {
                writeString(out, entry.getKey());
                out.writeInt(entry.getValue().size());
                for (String value : entry.getValue()) {
                    writeString(out, value);
                }
            }
        } else {
            out.writeByte(FAILED);
            writeString(out, result.reason().code());
            writeString(out, result.detail() == null ? "" : result.detail());
        }
        out.writeBoolean(reply.retire());
        out.flush();
    }

    static Reply readReply(DataInputStream in) throws IOException {
        byte status = in.readByte();
        ExtractionResult result;
        if (status == OK) {
            String mediaType = readString(in);
            boolean paged = in.readBoolean();
            boolean truncated = in.readBoolean();
            OcrStatus ocr = OcrStatus.valueOf(readString(in));
            int pageCount = readCount(in);
            List<String> pages = new ArrayList<>(pageCount);
            for (int i = 0; i < pageCount; i++) {
                pages.add(readString(in));
            }
            int names = readCount(in);
            Map<String, List<String>> metadata = new LinkedHashMap<>();
            for (int i = 0; i < names; i++) {
                String name = readString(in);
                int valueCount = readCount(in);
                List<String> values = new ArrayList<>(valueCount);
                for (int j = 0; j < valueCount; j++) {
                    values.add(readString(in));
                }
                metadata.put(name, values);
            }
            result = ExtractionResult.ok(new ExtractedText(null, mediaType, pages, paged, metadata, truncated, ocr));
        } else if (status == FAILED) {
            result = ExtractionResult.failed(FailureReason.fromCode(readString(in)), readString(in));
        } else {
            throw new StreamCorruptedException("unknown reply status " + status);
        }
        return new Reply(result, in.readBoolean());
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new StreamCorruptedException("bad string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new StreamCorruptedException("bad count " + count);
        }
        return count;
    }
}
