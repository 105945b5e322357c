package org.resourcelibrary.samples.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive whose entries all carry one fixed time, so that the same content always gives the same
 * bytes (zip entries otherwise record the clock). Used for ODT and to normalise what POI writes.
 */
final class ReproducibleZip implements Closeable {

    /** The time every entry carries. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    ReproducibleZip(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /** Adds an uncompressed entry (ODF requires this of its first entry, {@code mimetype}). */
    void stored(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        write(entry, data);
    }

    void deflated(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        write(entry, data);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** The same archive, entries in the same order, every entry time set to {@link #ENTRY_TIME}. */
    static byte[] normalise(byte[] archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(archive.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
             ReproducibleZip copy = new ReproducibleZip(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy.deflated(entry.getName(), in.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private void write(ZipEntry entry, byte[] data) throws IOException {
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
